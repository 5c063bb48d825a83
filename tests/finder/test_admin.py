"""Editors own the finder in the admin: the snippets in four languages, a preview, the report."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.urls import reverse

import pytest

from finder import demo
from finder.choices import CountKind
from finder.counts import record
from finder.models import Answer, EverydayWords, Helpline, Question
from tests import builders as b
from tests.finder.world import soup
from tests.helpers import login_staff


@pytest.fixture
def editor(client, world):
    user = get_user_model().objects.create_superuser("editor", "e@example.org", "pw")
    login_staff(client, user)
    return user


def test_each_snippet_is_edited_in_four_languages(client, editor, world):
    for model, obj in (
        (Question, world.topic),
        (Answer, world.money),
        (Helpline, Helpline.objects.first()),
        (EverydayWords, world.words),
    ):
        name = model._meta.model_name
        response = client.get(reverse(f"wagtailsnippets_finder_{name}:edit", args=[obj.pk]))
        assert response.status_code == 200, name
        html = response.content.decode()
        translated = {
            "question": "text",
            "answer": "label",
            "helpline": "name",
            "everydaywords": "words",
        }[name]
        for lang in ("el", "en", "ar", "fa"):
            assert f'name="{translated}_{lang}"' in html, (name, lang)
        assert client.get(reverse(f"wagtailsnippets_finder_{name}:list")).status_code == 200
        assert client.get(reverse(f"wagtailsnippets_finder_{name}:add")).status_code == 200


def test_an_answer_previews_its_results_with_the_helplines(world):
    response = world.danger.make_preview_request()
    assert response.status_code == 200
    html = response.content.decode()
    assert html.index("finder-helplines") < html.index("finder-service")
    assert "Στήριξη για την ενδοοικογενειακή βία" in html


def test_a_question_previews_its_step(world):
    response = world.topic.make_preview_request()
    assert response.status_code == 200
    page = soup(response)
    assert [r["value"] for r in page.select("input[type=radio]")] == ["money", "violence"]


def test_a_question_cannot_take_a_key_the_finder_uses(world):
    question = Question(key="where", text_el="Πού;")
    with pytest.raises(ValidationError):
        question.full_clean()


def test_the_report_shows_counts_to_editors_only(client, editor, world):
    record(CountKind.ANSWER, "topic=money")
    record(CountKind.ANSWER, "topic=money")
    record(CountKind.OPENED, world.benefits.pk)
    record(CountKind.NOTHING, "who=me&topic=housing")
    response = client.get(reverse("finder_report"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Με τι έχει να κάνει;: Χρήματα και επιδόματα" in html
    assert "Επιδόματα και αιτήσεις" in html
    assert "who=me&amp;topic=housing" in html
    plain = get_user_model().objects.create_user("desk", password="pw", is_staff=True)
    other = client.__class__()
    login_staff(other, plain)
    assert other.get(reverse("finder_report")).status_code in (302, 403)


def test_demo_finder_loads_twice_onto_the_demo_services(db, home, clock):
    for slug in (demo.BENEFITS, demo.PSYCH, demo.VIOLENCE):
        b.service(slug={"el": slug, "en": slug})
    out = type("Out", (), {"write": lambda self, text: None})()
    demo.load(out)
    demo.load(out)
    assert Question.objects.count() == 2
    violence = Answer.objects.get(question__key="topic", key="violence")
    assert violence.danger
    assert sorted(s.slug_en for s in violence.services.all()) == sorted([demo.VIOLENCE, demo.PSYCH])
    assert Helpline.objects.count() == 4
    assert EverydayWords.objects.count() == len(demo.EVERYDAY_WORDS)
    for spec in demo.QUESTIONS:
        for answer in spec["answers"]:
            assert set(answer["label"]) == {"el", "en", "ar", "fa"}


def test_communications_editors_own_the_finder(client, world):
    """Wagtail's Editors group edits the finder's snippets and reads its report."""
    user = get_user_model().objects.create_user("writer", password="pw", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    login_staff(client, user)
    assert (
        client.get(reverse("wagtailsnippets_finder_answer:edit", args=[world.money.pk])).status_code
        == 200
    )
    assert client.get(reverse("wagtailsnippets_finder_helpline:add")).status_code == 200
    assert client.get(reverse("finder_report")).status_code == 200
