"""What each finder page shows: the context of a step and of the results.

The views (finder.views) and the admin's previews (Question and Answer,
through `finder.models.PREVIEWS`, filled in by the app's `ready`) build
their pages here, so a preview is the page citizens will see.
"""

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from finder import geo, journey, results
from finder.choices import Icon
from finder.models import Helpline

# Pictures of the steps that are not editors' questions (templates/finder/icons/).
WHERE_ICON = "place"
DONT_KNOW_ICON = "question"
LANGUAGE_ICON = "language"
KNOWN_ICONS = {*Icon.values, WHERE_ICON, DONT_KNOW_ICON, LANGUAGE_ICON}


def helplines():
    return list(Helpline.objects.all())


def step_context(request, way, key, *, preview=False):
    """A step: its question as a fieldset of big options, the answers so far as hidden fields."""
    steps = way.steps
    position = steps.index(key)
    after = way.next_step(key)
    before = way.previous_step(key)
    context = {
        "way": way,
        "key": key,
        "step_number": position + 1,
        "step_count": len(steps),
        "hidden": way.pairs(without=key),
        "action": reverse("finder:step", kwargs={"key": after})
        if after
        else reverse("finder:done"),
        "back_url": way.step_url(before) if before else reverse("finder:start"),
        "last": after is None,
        "helplines": helplines() if way.danger else [],
        "preview": preview,
    }
    if key == journey.WHERE:
        options = [
            _option(c.slug, c.name, WHERE_ICON, way.where == c.slug) for c in journey.communities()
        ]
        options.append(
            _option(journey.DONT_KNOW, _("I don't know"), DONT_KNOW_ICON, way.where == "unknown")
        )
        context.update(
            legend=_("Where do you live?"),
            hint=_("Choose your municipal community. We will show the places nearest to it."),
            options=options,
        )
    elif key == journey.LANG:
        chosen = way.language or translation.get_language()
        options = []
        for code, _name in settings.LANGUAGES:
            info = translation.get_language_info(code)
            option = _option(code, info["name_local"], LANGUAGE_ICON, code == chosen)
            option.update(lang=code, dir="rtl" if info["bidi"] else "ltr")
            options.append(option)
        context.update(
            legend=_("In which language should we show the answer?"),
            hint=_("The services and the ways to reach us will be in this language."),
            options=options,
        )
    else:
        question = next(q for q in way.questions if q.key == key)
        chosen = way.chosen.get(key)
        context.update(
            question=question,
            legend=question.text,
            hint=question.hint,
            options=[
                _option(a.key, a.label, a.icon, chosen is not None and chosen.pk == a.pk, source=a)
                for a in question.answer_list
            ],
        )
    return context


def _option(value, label, icon, checked, source=None):
    if icon not in KNOWN_ICONS:  # a value no longer offered: never a missing template
        icon = Icon.QUESTION
    return {
        "value": value,
        "label": label,
        "icon": f"finder/icons/{icon}.svg",
        "checked": checked,
        "source": source,
    }


def results_context(request, way, *, preview=False):
    """The results: helplines first when an answer signals danger, services, places, map."""
    found = results.build(way.answers, way.community)
    drawn = geo.draw([(p.number, p.place) for p in found.places], found.origin)
    context = {
        "way": way,
        "found": found,
        "helplines": helplines() if way.danger else [],
        "summary": way.summary(),
        "where_url": way.step_url(journey.WHERE),
        "start_url": reverse("finder:start"),
        "preview": preview,
        "map": None,
    }
    if drawn is not None:
        markers, origin_xy, projection = drawn
        context["map"] = {
            "width": geo.MAP_WIDTH,
            "height": geo.MAP_HEIGHT,
            "markers": markers,
            "origin": (
                {
                    "x": origin_xy[0],
                    "y": origin_xy[1],
                    "left": origin_xy[0] - 7,
                    "top": origin_xy[1] - 7,
                }
                if origin_xy
                else None
            ),
            "projection": projection.as_data(),
        }
    return context


def preview_question_context(request, question):
    """The step of `question` as the editor is editing it (its saved answers)."""
    question.answer_list = (
        list(question.answers.order_by("sort_order", "pk")) if question.pk else []
    )
    question.key = question.key or "preview"
    way = journey.Journey(questions=[question])
    return step_context(request, way, question.key, preview=True)


def preview_answer_context(request, answer):
    """The results of `answer` alone, with the services as the editor has ticked them."""
    answer.service_ids = [service.pk for service in answer.services.all()]
    question = answer.question
    question.answer_list = [answer]
    way = journey.Journey(questions=[question], chosen={question.key: answer})
    return results_context(request, way, preview=True)
