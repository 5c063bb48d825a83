"""A citizen's way through the finder: the answers so far, read from the address.

Every answer travels in the query string (`?who=child&topic=money&where=3i`),
so each step has its own address, works without JavaScript or a session, and
the browser's back button simply goes back. The steps are the questions
editors wrote (in their order), then `where` (a municipal community, or "I
don't know") and `lang` (the language of the results).

`parse()` is the one reader of that query string. A value it does not know
(an answer that was deleted, a hand-edited address) is reported, never
guessed: the views show a clear page that offers to start again.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Prefetch
from django.urls import reverse
from django.utils import translation
from django.utils.http import urlencode

from finder.models import Answer, Question
from portal import content_memo
from services_catalog.models import Community

WHERE = "where"
LANG = "lang"
DONT_KNOW = "unknown"  # the `where` answer "I don't know"


def questions():
    """The shown questions with their answers (and the answers' service ids), in order.

    Kept per content generation (portal.content_memo): a finder step costs no
    query for them once a worker has read them.
    """
    return content_memo.memoised(("finder.questions",), _load_questions)


def _load_questions():
    answers = Answer.objects.order_by("sort_order", "pk").prefetch_related("services")
    found = list(Question.objects.shown().prefetch_related(Prefetch("answers", queryset=answers)))
    for question in found:
        question.answer_list = list(question.answers.all())
        for answer in question.answer_list:
            answer.service_ids = [service.pk for service in answer.services.all()]
    return found


def communities():
    return content_memo.memoised(("finder.communities",), lambda: list(Community.objects.all()))


@dataclass
class Journey:
    """The answers read from one address, and what was wrong with it."""

    questions: list
    chosen: dict = field(default_factory=dict)  # question key -> Answer
    community: object = None  # a Community, or None
    where: str = ""  # "" (not asked yet), DONT_KNOW or a community slug
    language: str = ""
    problems: list = field(default_factory=list)  # the parameter names with unknown values

    @property
    def answers(self):
        return [self.chosen[q.key] for q in self.questions if q.key in self.chosen]

    @property
    def danger(self):
        return any(answer.danger for answer in self.answers)

    @property
    def steps(self):
        """Every step's key, in order: the questions, then where, then the language."""
        return [q.key for q in self.questions] + [WHERE, LANG]

    def pairs(self, *, without=None, with_language=True):
        """The answers as (name, value) pairs, in step order (leaving out step `without`)."""
        pairs = []
        for key in self.steps:
            if key == without:
                continue
            if key == WHERE:
                value = self.where
            elif key == LANG:
                value = self.language if with_language else ""
            else:
                answer = self.chosen.get(key)
                value = answer.key if answer else ""
            if value:
                pairs.append((key, value))
        return pairs

    def step_url(self, key):
        """The address of step `key` with every answer given (its own is then ticked)."""
        return _with_query(reverse("finder:step", kwargs={"key": key}), self.pairs())

    def next_step(self, key):
        """The key of the step after `key`, or None after the last one."""
        order = self.steps
        position = order.index(key) + 1
        return order[position] if position < len(order) else None

    def previous_step(self, key):
        order = self.steps
        position = order.index(key)
        return order[position - 1] if position > 0 else None

    def results_url(self, language=None):
        """The results page, in the chosen language (its prefix), without the `lang` answer."""
        with translation.override(language or self.language or translation.get_language()):
            url = reverse("finder:results")
        return _with_query(url, self.pairs(with_language=False))

    def summary(self):
        """(question text, answer label, address to change it) for each answer given."""
        rows = []
        for question in self.questions:
            answer = self.chosen.get(question.key)
            if answer is not None:
                rows.append((question, answer.label, self.step_url(question.key)))
        return rows


def _with_query(url, pairs):
    return f"{url}?{urlencode(pairs)}" if pairs else url


def parse(query):
    """The Journey of a query string (a QueryDict); unknown values are listed in `problems`."""
    journey = Journey(questions=questions())
    for question in journey.questions:
        value = _value(query, question.key)
        if value is None:
            continue
        answer = next((a for a in question.answer_list if a.key == value), None)
        if answer is None:
            journey.problems.append(question.key)
        else:
            journey.chosen[question.key] = answer
    where = _value(query, WHERE)
    if where is not None:
        if where == DONT_KNOW:
            journey.where = DONT_KNOW
        else:
            journey.community = next((c for c in communities() if c.slug == where), None)
            if journey.community is None:
                journey.problems.append(WHERE)
            else:
                journey.where = where
    language = _value(query, LANG)
    if language is not None:
        if language in {code for code, _name in settings.LANGUAGES}:
            journey.language = language
        else:
            journey.problems.append(LANG)
    return journey


def _value(query, name):
    """The last value given for `name` (a QueryDict's), or None when absent or empty.

    Anything else is only ever compared with the keys editors chose, so a
    value that is too long, or holds NUL or right-to-left marks, matches
    nothing and is reported as a problem.
    """
    values = query.getlist(name)
    return values[-1] if values and values[-1] else None
