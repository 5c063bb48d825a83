"""A citizen without JavaScript walks through the finder in Greek, Arabic and Farsi.

Each step is a GET form followed as a browser does (tests/finder/world.py:
submit_step); the walk ends on the results with the right service, its
nearest place and next visit, and a booking link that opens the booking flow.
"""

import pytest

from tests.finder.world import soup, submit_step

WALKS = {
    # language: (service title, stop name, weekday of Tuesday 19 January)
    "el": ("Επιδόματα και αιτήσεις", "Πλατεία Λιμανιού", "Τρίτη"),
    "ar": ("الإعانات والطلبات", "ساحة الميناء", "الثلاثاء"),
    "fa": ("کمک‌هزینه‌ها و درخواست‌ها", "میدان بندر", "سه‌شنبه"),
}


@pytest.mark.parametrize("language", sorted(WALKS))
def test_walk_to_the_nearest_van_stop_and_book(client, world, language):
    title, stop_name, tuesday = WALKS[language]
    start = client.get(f"/{language}/finder/")
    assert start.status_code == 200
    html = soup(start)
    assert html.html["dir"] == ("rtl" if language in ("ar", "fa") else "ltr")
    first = client.get(html.select_one("a.finder-start")["href"])
    assert first.status_code == 200
    # Every step: one fieldset, its question as the legend, answers as radios with labels.
    step = soup(first)
    assert len(step.select("fieldset")) == 1
    assert step.select_one("fieldset legend h1").get_text(strip=True)
    assert all(r.find_parent("label") for r in step.select("input[type=radio]"))

    topic = submit_step(client, first, "me")
    assert topic.status_code == 200
    where = submit_step(client, topic, "money")
    assert where.status_code == 200
    assert "limani" in [r["value"] for r in soup(where).select("input[type=radio]")]
    lang = submit_step(client, where, "limani")
    assert lang.status_code == 200
    # The language step names each language in its own script and direction.
    options = {r["value"]: r.find_parent("label") for r in soup(lang).select("input[type=radio]")}
    assert options["fa"].select_one("[lang=fa]")["dir"] == "rtl"
    assert soup(lang).select_one(f"input[value={language}]").has_attr("checked")

    done = submit_step(client, lang, language)
    assert done.status_code == 302
    assert done["Location"].startswith(f"/{language}/finder/results/?")
    assert "lang=" not in done["Location"]
    results = client.get(done["Location"])
    assert results.status_code == 200
    page = soup(results)
    cards = page.select("li.finder-service")
    assert [c.h3.get_text(strip=True) for c in cards] == [title]
    nearest = cards[0].select_one(".finder-nearest").get_text(" ", strip=True)
    assert stop_name in nearest
    assert tuesday in nearest and "19" in nearest and "10:00–13:30" in nearest
    booking = cards[0].select_one(".finder-ways a.button--primary")["href"]
    assert booking == (
        f"/{language}/booking/?service={world.benefits.pk}&place=stop-{world.stop.pk}"
    )
    # The booking link leads straight to the times of that service at that stop.
    times = client.get(booking, follow=True)
    assert times.status_code == 200
    assert times.redirect_chain[-1][0].startswith(f"/{language}/booking/time/")


def test_back_link_and_change_links_keep_the_answers(client, world):
    topic = client.get("/el/finder/topic/?who=child")
    back = soup(topic).select_one("a.finder-back")["href"]
    assert back == "/el/finder/who/?who=child"
    who = client.get(back)
    assert soup(who).select_one("input[value=child]").has_attr("checked")


def test_the_chosen_language_decides_the_results_language(client, world):
    done = client.get(
        "/el/finder/done/", {"who": "me", "topic": "money", "where": "kentro", "lang": "fa"}
    )
    assert done["Location"] == "/fa/finder/results/?who=me&topic=money&where=kentro"
    results = client.get(done["Location"])
    page = soup(results)
    assert page.html["lang"] == "fa" and page.html["dir"] == "rtl"
    # From the branch's community, the branch is nearest: open today until 16:00.
    nearest = page.select_one(".finder-nearest").get_text(" ", strip=True)
    assert "دفتر مرکزی" in nearest and "08:00–16:00" in nearest


def test_home_page_links_the_finder(client, world):
    html = client.get("/el/").content.decode()
    assert 'href="/el/finder/"' in html
