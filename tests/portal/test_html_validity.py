"""Every public template is valid HTML: the Nu HTML Checker over the demo site in four languages.

The demo content is loaded and every kind of public page is fetched with
Django's test client in el, en, ar and fa: every live page of the tree
(home, content pages, services index, services, places, branches, vans, van
calendar), the services index with a filter and with a filter it does not
know, a stop of each van, the van calendar as a month and as a list and
with a month it refuses, search with and without results and with a query
it refuses, a page that does not exist, the booking flow step by step with
its error states (answers missing, no agreement, the limit reached, the
cache down), the private link and the pages it opens, the error pages.
Each answer is saved as a file; then the checker (vnu, the W3C's Nu HTML
Checker, a Java program from the npm package vnu-jar) runs ONCE over the
folder. Any error fails the test, listed by page.

Needs `java` (Debian: default-jre-headless; `make browser-deps`) and
node_modules/vnu-jar (`npm ci`); `VNU_JAR=/path/to/vnu.jar` points
elsewhere. With CI=true a missing one fails the test; elsewhere it is
skipped and the skip says what is missing.
"""

import json
import os
import re
import secrets
import shutil
import subprocess
from io import StringIO
from pathlib import Path
from urllib.parse import unquote

from django.core.management import call_command
from django.test import Client, RequestFactory, override_settings
from django.urls import reverse
from django.utils import translation

from wagtail.models import Page

import pytest

from portal import errors, outage
from portal.cache import reset_health
from services_catalog.models import MobileUnitPage, ServicesIndexPage, VanCalendarPage
from tests.booking.flow_steps import ANSWERS
from tests.helpers import REDIS_DOWN, redis_cache_settings

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_JAR = REPO_ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
LANGUAGES = ["el", "en", "ar", "fa"]
VNU_TIMEOUT = 600

# A phone of its own per language: each language books once, then meets a
# limit of one booking per phone.


def unused_phones():
    """A mobile number per language that no earlier run used: the one-per-hour count
    below lives in the shared cache, and Redis keeps it from one CI run to the next."""
    return {language: f"69 {secrets.randbelow(10**8):08d}" for language in LANGUAGES}


def in_ci():
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def vnu_command():
    """`java -jar vnu.jar …`; without java or the jar, fail (CI) or skip saying what is missing."""
    jar = Path(os.environ.get("VNU_JAR") or DEFAULT_JAR)
    java = shutil.which("java")
    missing = []
    if java is None:
        missing.append(
            "no `java` on PATH (apt-get install default-jre-headless; make browser-deps)"
        )
    if not jar.is_file():
        missing.append(f"no {jar} (npm ci installs the npm package vnu-jar)")
    if missing:
        reason = "the Nu HTML checker cannot run: " + "; ".join(missing)
        if in_ci():
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)
    return [java, "-jar", str(jar), "--errors-only", "--format", "json", "--stdout"]


class Saved:
    """Answers saved as numbered .html files, with what each one is."""

    def __init__(self, folder):
        self.folder = folder
        self.what = {}

    def keep(self, what, response, status=200):
        assert response.status_code == status, f"{what}: HTTP {response.status_code}"
        assert response["Content-Type"].startswith("text/html"), what
        name = f"{len(self.what):04d}.html"
        (self.folder / name).write_bytes(response.content)
        self.what[name] = what
        return response.content.decode()

    def get(self, client, url, status=200, **params):
        query = "&".join(f"{key}={value}" for key, value in params.items())
        what = f"GET {unquote(url)}{'?' + query if query else ''}"
        return self.keep(what, client.get(url, params), status)

    def post(self, client, url, data, status=200, what="an answer with errors"):
        return self.keep(f"POST {unquote(url)} ({what})", client.post(url, data), status)


def links(html, prefix):
    """Links of a page that start with `prefix`, in the page's order, decoded."""
    return [
        unquote(href.replace("&amp;", "&"))
        for href in re.findall(rf'href="({re.escape(prefix)}[^"]*)"', html)
    ]


def first_option(html, field):
    select = re.search(rf'<select name="{field}".*?</select>', html, re.S).group(0)
    return re.findall(r'<option value="([^"]+)"', select)[0]


def save_site_pages(saved, client, language):
    with translation.override(language):
        tree = [page.get_url() for page in Page.objects.live().public().specific()]
        stops = [unit.stops.first().get_place_url() for unit in MobileUnitPage.objects.live()]
        services = ServicesIndexPage.objects.live().get().get_url()
        calendar = VanCalendarPage.objects.live().get().get_url()
        search = reverse("search")
    for url in [url for url in tree if url] + stops:
        saved.get(client, url)

    index = client.get(services).content.decode()
    saved.get(client, services, category=first_option(index, "category"))
    saved.get(client, services, category="no-such-kind", status=400)
    saved.get(client, calendar, view="month")
    saved.get(client, calendar, view="list")
    saved.get(client, calendar, month="2026-13", status=400)
    home = client.get(f"/{language}/").content.decode()
    word = max(re.findall(r"\w{4,}", re.search(r"<h1[^>]*>(.*?)</h1>", home).group(1)), key=len)
    saved.get(client, search)
    saved.get(client, search, q=word)
    saved.get(client, search, q="zzzqqqxxx")
    saved.get(client, search, q="x" * 500, status=400)
    saved.get(client, f"/{language}/no-such-page/", status=404)


def walk_to_the_check_page(saved, client, language, phone, *, keep):
    """Start → place → time → details → agreement → check, following the pages' links."""
    get = saved.get if keep else (lambda client, url, status=200: client.get(url).content.decode())
    # "Book another appointment": after a booking, every step shows its confirmation.
    assert client.get(f"/{language}/booking/new/").status_code == 302
    start = get(client, f"/{language}/booking/")
    place = get(client, links(start, f"/{language}/booking/place/")[0])
    for time_url in links(place, f"/{language}/booking/time/"):
        time = get(client, time_url)
        details_links = links(time, f"/{language}/booking/details/")
        if details_links:
            break
    else:
        pytest.fail(f"no free time at any place in {language}")
    details_url = details_links[0]
    get(client, details_url)
    if keep:
        saved.post(client, details_url, {**ANSWERS, "name": "", "phone": "12"})
    answers = {**ANSWERS, "phone": phone}
    assert client.post(details_url, answers).status_code == 302
    agreement = f"/{language}/booking/agreement/"
    get(client, agreement)
    if keep:
        saved.post(client, agreement, {}, what="without agreeing")
    assert client.post(agreement, {"consent": "on"}).status_code == 302
    check = get(client, f"/{language}/booking/check/")
    return re.search(r'name="submission_id" value="([^"]+)"', check).group(1)


def save_booking_pages(saved, client, language, phone):
    check = f"/{language}/booking/check/"
    submission = walk_to_the_check_page(saved, client, language, phone, keep=True)
    confirmed = client.post(check, {"submission_id": submission})
    assert confirmed.status_code == 302, confirmed.content.decode()[:2000]
    assert confirmed["Location"].endswith("/done/")
    done = saved.get(client, f"/{language}/booking/done/")
    manage = re.search(r'class="manage-link"><a href="([^"]+)"', done).group(1)
    appointment = client.get(manage.replace("http://testserver", ""))["Location"]
    saved.get(client, appointment)
    move = saved.get(client, f"{appointment}move/")
    saved.get(client, links(move, f"{appointment}move/confirm/")[0])
    saved.get(Client(), appointment, status=404)  # another browser: "use your link"
    saved.get(client, f"/{language}/booking/manage/not-a-token/", status=404)

    # The same phone again: the cache is down (503), then the limit is reached (429).
    submission = walk_to_the_check_page(saved, client, language, phone, keep=False)
    reset_health()
    with override_settings(CACHES=redis_cache_settings(REDIS_DOWN)):
        response = client.post(check, {"submission_id": submission})
    reset_health()
    saved.keep(f"POST {check} (the cache is down)", response, status=503)
    response = client.post(check, {"submission_id": submission})
    saved.keep(f"POST {check} (one booking per phone reached)", response, status=429)


def save_error_pages(saved, language):
    request = RequestFactory().get(f"/{language}/some/page/")
    saved.keep("400 page", errors.bad_request(request), status=400)
    saved.keep("403 page", errors.permission_denied(request), status=403)
    saved.keep("403 page (CSRF)", errors.csrf_failure(request), status=403)
    saved.keep("500 page", errors.server_error(request), status=500)
    saved.keep("503 page", outage.unavailable_response(request), status=503)


@pytest.fixture(scope="session")
def vnu():
    """The checker's command line; asked first, so a skip costs no demo loading."""
    return vnu_command()


@pytest.fixture
def demo(db):
    call_command("load_demo", stdout=StringIO())  # indexed: search finds pages


@override_settings(BOOKING_RATE_PER_PHONE="1/h")
def test_every_public_template_is_valid_html_in_every_language(vnu, demo, tmp_path):
    saved = Saved(tmp_path)
    phones = unused_phones()
    for language in LANGUAGES:
        client = Client()
        save_site_pages(saved, client, language)
        save_booking_pages(saved, client, language, phones[language])
        save_error_pages(saved, language)

    result = subprocess.run(
        [*vnu, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=VNU_TIMEOUT,
        check=False,
    )
    try:
        messages = json.loads(result.stdout)["messages"]
    except (ValueError, KeyError):
        pytest.fail(f"vnu did not answer JSON:\n{result.stdout[-2000:]}\n{result.stderr[-2000:]}")
    problems = sorted(
        (m for m in messages if m.get("type") in {"error", "non-document-error"}),
        key=lambda m: (m.get("url", ""), m.get("lastLine", 0)),
    )
    if problems:
        lines = [f"{len(problems)} HTML error(s) in {len(saved.what)} pages:"]
        for message in problems:
            name = message.get("url", "").rsplit("/", 1)[-1]
            extract = " ".join(message.get("extract", "").split())[:160]
            lines.append(
                f"- {saved.what.get(name, name)}, line {message.get('lastLine', '?')}: "
                f"{message['message']}\n    {extract}"
            )
        pytest.fail("\n".join(lines), pytrace=False)
    assert len(saved.what) > 4 * 40  # the walk really saved the site's pages
