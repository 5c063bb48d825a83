"""Browser-test harness: one real server and one Chromium for the whole session.

`live_site` starts gunicorn (tests/live_server.py) on its own SQLite database (migrated, then filled
by `load_demo`), independent of pytest-django's test database, so these tests
never need `django_db_setup`. `browser` drives Debian's chromium through
Playwright (Playwright's own browser download is not available here).
`page(...)` opens a fresh context and page, by default a 360×740 phone, and
records console errors, failed requests and requests to other hosts.

Every test in this folder is marked `browser` and put in the xdist group
"browser" (run with `--dist loadgroup`, set in pyproject), so under `-n N`
one worker runs them all against one server and one browser.

Environment:
- `CI=true`: a missing chromium, Playwright or axe-core fails the tests
  instead of skipping them.
- `BROWSER_TESTS_BASE_URL=http://127.0.0.1:8000`: test a server that is
  already running (with the demo content) instead of starting one.
- `BROWSER_TESTS_FRESH_DB=1`: do not reuse the migrated database cached in
  .pytest_cache between local runs (CI never reuses it).
"""

import hashlib
import importlib.metadata
import json
import os
import shutil
import subprocess
import sys
import warnings
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from tests.browser.chromium import CHROMIUM_ARGS
from tests.live_server import ServerFailed, live_server

try:
    from _pytest.nodeid import NodeId
except ImportError:  # pytest < 9.2
    NodeId = None
try:
    from playwright.sync_api import sync_playwright
except ImportError:  # the browser fixture skips (or fails on CI) without Playwright
    sync_playwright = None

REPO_ROOT = Path(__file__).resolve().parents[2]
BROWSER_TESTS_DIR = Path(__file__).resolve().parent
AXE_PATH = REPO_ROOT / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS_DIR = REPO_ROOT / "var" / "screenshots"

LANGUAGES = ["el", "en", "ar", "fa"]
RTL_LANGUAGES = {"ar", "fa"}

PHONE = {"width": 360, "height": 740}
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
BLOCKING_IMPACTS = ("serious", "critical")

SERVER_START_TIMEOUT = 30
SETUP_COMMAND_TIMEOUT = 600


def in_ci():
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def missing_prerequisite(reason):
    """Fail loudly in CI; skip with the reason on a developer's machine."""
    if in_ci():
        pytest.fail(f"browser tests cannot run: {reason}", pytrace=False)
    pytest.skip(f"browser tests skipped: {reason}")


# --- Marking and grouping ---------------------------------------------------


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    """Mark every test in this folder `browser`, in the xdist group "browser"."""
    for item in items:
        if BROWSER_TESTS_DIR not in Path(str(item.path)).resolve().parents:
            continue
        if item.get_closest_marker("browser") is None:
            item.add_marker(pytest.mark.browser)
        if item.get_closest_marker("xdist_group") is None:
            item.add_marker(pytest.mark.xdist_group("browser"))


@pytest.hookimpl(trylast=True, specname="pytest_collection_modifyitems")
def pytest_collection_modifyitems_xdist_groups(config, items):
    """Make `--dist loadgroup` group again on pytest >= 9.2.

    xdist (3.8) groups by appending "@group" to each item's node id, and does
    so by writing `item._nodeid`; pytest 9.2 keeps node ids in `item._id`, so
    the suffix is silently lost and the browser tests get spread over all
    workers (pytest-dev/pytest-xdist#1386). Where xdist's suffix is missing,
    add it the same way xdist does (sorted group names joined by "_").
    """
    if not getattr(config.option, "loadgroup", False):
        return  # not an xdist worker in loadgroup mode
    for item in items:
        names = sorted(
            {
                str(mark.args[0] if mark.args else mark.kwargs.get("name", "default"))
                for mark in item.iter_markers("xdist_group")
            }
        )
        if not names:
            continue
        suffix = "@" + "_".join(names)
        if item.nodeid.endswith(suffix):
            continue  # xdist did it
        grouped = item.nodeid + suffix
        if NodeId is None:  # pytest < 9.2: xdist's own `_nodeid` write works
            item._nodeid = grouped
        else:
            item._id = NodeId.parse(grouped)
        if item.nodeid != grouped:
            warnings.warn(
                f"cannot put {item.nodeid} in xdist group {names}; browser tests may "
                "start one server per worker",
                pytest.PytestWarning,
                stacklevel=1,
            )
            return


# --- The server ---------------------------------------------------------------


def _server_env(database):
    env = dict(os.environ)
    env["DJANGO_SETTINGS_MODULE"] = "portal.settings.test"
    env["DATABASE_URL"] = f"sqlite:///{database}"
    env.pop("REDIS_URL", None)
    env["PYTHONUNBUFFERED"] = "1"
    return env


def _manage(env, *args):
    """Run `manage.py args`; None if it worked, else what it printed."""
    command = [sys.executable, "manage.py", *args]
    try:
        result = subprocess.run(
            command,
            cwd=REPO_ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=SETUP_COMMAND_TIMEOUT,
            check=False,
        )
    except subprocess.TimeoutExpired as error:
        return f"`manage.py {' '.join(args)}` took longer than {error.timeout} s"
    if result.returncode != 0:
        return (
            f"`manage.py {' '.join(args)}` failed ({result.returncode}):\n"
            f"{result.stdout[-4000:]}\n{result.stderr[-8000:]}"
        )
    return None


def _run_manage(env, *args):
    error = _manage(env, *args)
    if error:
        pytest.fail(error, pytrace=False)


def _migrations_fingerprint():
    """What decides the migrated schema: migrations, translation registrations,
    settings and the installed packages' versions."""
    digest = hashlib.sha256()
    patterns = ["*/migrations/*.py", "*/translation.py", "portal/settings/*.py"]
    for pattern in patterns:
        for path in sorted(REPO_ROOT.glob(pattern)):
            digest.update(str(path.relative_to(REPO_ROOT)).encode())
            digest.update(path.read_bytes())
    versions = sorted(
        f"{dist.metadata['Name']}=={dist.version}" for dist in importlib.metadata.distributions()
    )
    digest.update("\n".join(versions).encode())
    digest.update(sys.version.encode())
    return digest.hexdigest()[:24]


def _prepare_database(config, database, env):
    """Migrate a fresh SQLite database, reusing a migrated copy between local runs.

    `migrate` always runs, so a cached copy only saves the work that the
    fingerprint says is unchanged; CI (and `-p no:cacheprovider`) start empty.
    """
    cache = getattr(config, "cache", None)
    use_cache = (
        cache is not None
        and not in_ci()
        and os.environ.get("BROWSER_TESTS_FRESH_DB", "") in {"", "0"}
    )
    cached = None
    if use_cache:
        cached = Path(cache.mkdir("browser-db")) / f"migrated-{_migrations_fingerprint()}.sqlite3"
        if cached.exists():
            shutil.copyfile(cached, database)
            if _manage(env, "migrate", "--noinput", "-v", "0") is None:
                _run_manage(env, "load_demo")
                return
            # A copy that no longer migrates: forget it and start empty.
            cached.unlink(missing_ok=True)
            database.unlink(missing_ok=True)
    _run_manage(env, "migrate", "--noinput", "-v", "0")
    if cached is not None and not cached.exists():
        for old in cached.parent.glob("migrated-*.sqlite3"):
            old.unlink(missing_ok=True)
        partial = cached.with_suffix(f".{os.getpid()}.tmp")
        shutil.copyfile(database, partial)
        os.replace(partial, cached)
    _run_manage(env, "load_demo")


@pytest.fixture(scope="session")
def live_site(request, tmp_path_factory):
    """Base URL (no trailing slash) of a gunicorn serving the demo site."""
    external = os.environ.get("BROWSER_TESTS_BASE_URL", "").strip().rstrip("/")
    if external:
        yield external
        return

    tmp = tmp_path_factory.mktemp("live_site")
    env = _server_env(tmp / "browser.sqlite3")
    _prepare_database(request.config, tmp / "browser.sqlite3", env)

    try:
        with live_server(env=env, workers=1, threads=4, timeout=SERVER_START_TIMEOUT) as server:
            yield server.url
    except ServerFailed as error:
        pytest.fail(str(error), pytrace=False)


# --- The browser ----------------------------------------------------------------


@pytest.fixture(scope="module")
def browser():
    """Chromium for one test module.

    Module-scoped, not session-scoped: Playwright's sync API keeps an asyncio
    loop running in this thread while it is started, and Django refuses
    database queries from a thread with a running loop. Stopping it after
    each browser module lets the database tests that follow in the same
    process run.
    """
    if sync_playwright is None:
        missing_prerequisite("Playwright is not installed (pip install -e '.[dev]')")
    executable = shutil.which("chromium")
    if executable is None:
        missing_prerequisite(
            "no `chromium` on PATH; install Debian's package with `make browser-deps` "
            "(apt-get install chromium)"
        )
    playwright = sync_playwright().start()
    try:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
    except Exception:
        playwright.stop()
        raise
    yield browser
    browser.close()
    playwright.stop()


def url_path(url, base=None):
    """The decoded path of a URL (Arabic and Farsi slugs come percent-encoded)."""
    if base is not None:
        url = urljoin(base + "/", url)
    return unquote(urlsplit(url).path)


class SitePage:
    """A Playwright page on the live site that records what went wrong.

    Attribute access falls through to the Playwright `Page`, so
    `site_page.locator(...)`, `.keyboard`, `.evaluate(...)` work as usual.
    """

    def __init__(self, page, base_url):
        self.page = page
        self.base_url = base_url
        origin = urlsplit(base_url)
        self._origin = (origin.scheme, origin.netloc)
        self.console_errors = []
        self.failed_requests = []
        self.foreign_requests = []
        page.on("console", self._on_console)
        page.on("pageerror", self._on_page_error)
        page.on("request", self._on_request)
        page.on("requestfailed", self._on_request_failed)
        page.on("response", self._on_response)

    def __getattr__(self, name):
        return getattr(self.page, name)

    # Recording

    def _on_console(self, message):
        if message.type == "error":
            location = message.location or {}
            self.console_errors.append(
                f"{message.text} ({location.get('url', '?')}:{location.get('lineNumber', '?')})"
            )

    def _on_page_error(self, error):
        self.console_errors.append(f"uncaught: {error}")

    def _on_request(self, request):
        parts = urlsplit(request.url)
        if (
            parts.scheme in {"http", "https", "ws", "wss"}
            and (
                parts.scheme,
                parts.netloc,
            )
            != self._origin
        ):
            self.foreign_requests.append(f"{request.method} {request.url}")

    def _on_request_failed(self, request):
        if request.resource_type in {"other", "image"} and request.failure == "net::ERR_ABORTED":
            # Cancelled by the browser when the test moves to the next page: its own
            # favicon fetch (type "other", after `load`), or an image still loading
            # (Wagtail's avatar in a publishing admin page). A missing image is an
            # HTTP error, which _on_response records.
            return
        self.failed_requests.append(
            f"{request.method} {request.url} [{request.resource_type}]: {request.failure}"
        )

    def _on_response(self, response):
        if response.status >= 400:
            self.failed_requests.append(
                f"{response.request.method} {response.url} "
                f"[{response.request.resource_type}]: HTTP {response.status}"
            )

    def forget_problems(self):
        self.console_errors.clear()
        self.failed_requests.clear()
        self.foreign_requests.clear()

    # Navigation

    def url_for(self, path):
        return urljoin(self.base_url + "/", path)

    @property
    def path(self):
        return url_path(self.page.url)

    def visit(self, path, *, status=200):
        """Go to `path` (relative to the site), wait for `load`, check the status."""
        response = self.page.goto(self.url_for(path), wait_until="load")
        assert response is not None, f"no response for {path}"
        if status is not None:
            assert response.status == status, (
                f"{path}: expected HTTP {status}, got {response.status}"
            )
        return response

    def wait_for_fonts(self):
        self.page.evaluate("async () => { await document.fonts.ready; }")

    def keep_screenshot(self, name, *, full_page=True):
        """Save a screenshot as var/screenshots/<name>.png (git-ignored), for a
        person to look at what a test checked: the issues ask for the fixed
        pages at 360 px in el, ar and fa. Name it `<what>-<language>`."""
        SCREENSHOTS_DIR.mkdir(parents=True, exist_ok=True)
        self.wait_for_fonts()
        path = SCREENSHOTS_DIR / f"{name}.png"
        self.page.screenshot(path=str(path), full_page=full_page)
        return path

    # Checks

    def problems(self, *, allow=()):
        """Console errors, failed and foreign requests, minus those containing
        one of the `allow` substrings."""

        def keep(entry):
            return not any(fragment in entry for fragment in allow)

        found = {
            "console errors": [e for e in self.console_errors if keep(e)],
            "failed requests": [e for e in self.failed_requests if keep(e)],
            "requests to other hosts": [e for e in self.foreign_requests if keep(e)],
        }
        return {kind: entries for kind, entries in found.items() if entries}

    def assert_no_problems(self, *, allow=(), where=""):
        found = self.problems(allow=allow)
        if found:
            lines = [f"problems on {where or self.path}:"]
            for kind, entries in found.items():
                lines.append(f"  {kind}:")
                lines.extend(f"    - {entry}" for entry in entries)
            pytest.fail("\n".join(lines), pytrace=False)


@pytest.fixture
def page(browser, live_site):
    """Factory: `page(path=None, width=360, height=740, locale=None, ...)` → SitePage.

    Each call opens its own browser context (closed after the test); the
    defaults are a cheap phone: 360×740 CSS px, device scale factor 2, touch.
    """
    contexts = []

    def open_page(
        path=None,
        *,
        width=PHONE["width"],
        height=PHONE["height"],
        locale=None,
        mobile=True,
        javascript=True,
        bypass_csp=False,
        status=200,
    ):
        options = {
            "viewport": {"width": width, "height": height},
            "device_scale_factor": 2 if mobile else 1,
            "is_mobile": mobile,
            "has_touch": mobile,
            "java_script_enabled": javascript,
            "bypass_csp": bypass_csp,
        }
        if locale:
            options["locale"] = locale
        context = browser.new_context(**options)
        context.set_default_timeout(10_000)
        contexts.append(context)
        site_page = SitePage(context.new_page(), live_site)
        if path is not None:
            site_page.visit(path, status=status)
        return site_page

    yield open_page
    for context in contexts:
        context.close()


# --- axe-core ---------------------------------------------------------------------


def run_axe(page):
    """Run axe-core (WCAG 2.1 A/AA and best practices) on the page; its results."""
    if not AXE_PATH.exists():
        missing_prerequisite(f"{AXE_PATH.relative_to(REPO_ROOT)} is missing; run `make setup`")
    target = getattr(page, "page", page)
    # Served from the page's own origin, so that the site's Content-Security-
    # Policy (scripts from 'self' only, nothing inline) lets it run.
    origin = target.evaluate("() => location.origin")
    axe_url = f"{origin}/__test_axe.js"
    target.route(
        axe_url,
        lambda route: route.fulfill(path=str(AXE_PATH), content_type="application/javascript"),
    )
    target.add_script_tag(url=axe_url)
    return target.evaluate(
        """async (tags) => await axe.run(document, {
            runOnly: {type: "tag", values: tags},
            resultTypes: ["violations"],
        })""",
        AXE_TAGS,
    )


def blocking_violations(results):
    return [v for v in results["violations"] if v.get("impact") in BLOCKING_IMPACTS]


def describe_violations(violations, where):
    """Readable report: rule id, impact, help, and every failing node."""
    lines = []
    for violation in violations:
        lines.append(
            f"[{where}] {violation['id']} ({violation['impact']}): {violation['help']}"
            f" <{violation['helpUrl']}>"
        )
        for node in violation["nodes"]:
            target = json.dumps(node["target"], ensure_ascii=False)
            html = " ".join(node["html"].split())
            if len(html) > 300:
                html = html[:300] + "…"
            lines.append(f"    target {target}")
            lines.append(f"      html  {html}")
            summary = " ".join((node.get("failureSummary") or "").split())
            if summary:
                lines.append(f"      why   {summary[:400]}")
    return "\n".join(lines)


def assert_no_serious_violations(results, where=""):
    """Fail listing every axe violation of impact serious or critical."""
    violations = blocking_violations(results)
    if violations:
        pytest.fail(
            f"{len(violations)} serious/critical axe violation(s):\n"
            + describe_violations(violations, where or results.get("url", "?")),
            pytrace=False,
        )
