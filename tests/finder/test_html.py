"""The finder's pages are valid HTML in every language (the W3C's Nu checker, as
tests/portal/test_html_validity.py runs it; skipped without java or the jar, failed in CI)."""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

JAR = Path(
    os.environ.get("VNU_JAR")
    or Path(__file__).resolve().parents[2] / "node_modules/vnu-jar/build/dist/vnu.jar"
)
PAGES = [
    "/{lang}/finder/",
    "/{lang}/finder/who/",
    "/{lang}/finder/topic/?who=child",
    "/{lang}/finder/where/?who=me&topic=violence",
    "/{lang}/finder/lang/?who=me&topic=money&where=limani",
    "/{lang}/finder/results/?who=me&topic=violence&where=limani",
    "/{lang}/finder/results/?topic=money&where=unknown",
    "/{lang}/finder/results/?topic=nothing-like-this",
    "/{lang}/search/?q=epidoma",
]


def test_finder_pages_are_valid_html(client, world, tmp_path):
    java = shutil.which("java")
    if java is None or not JAR.is_file():
        reason = "the Nu HTML checker cannot run: no java or no vnu.jar"
        if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
            pytest.fail(reason)
        pytest.skip(reason)
    saved = {}
    for lang in ("el", "en", "ar", "fa"):
        for page in PAGES:
            url = page.format(lang=lang)
            response = client.get(url)
            assert response.status_code in (200, 400), url
            name = f"{len(saved):03d}.html"
            (tmp_path / name).write_bytes(response.content)
            saved[name] = url
    result = subprocess.run(
        [java, "-jar", str(JAR), "--errors-only", "--format", "json", "--stdout", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    messages = json.loads(result.stdout)["messages"]
    problems = [
        f"{saved.get(m.get('url', '').rsplit('/', 1)[-1])}: {m['message']} "
        f"{m.get('extract', '')[:120]}"
        for m in messages
        if m.get("type") in {"error", "non-document-error"}
    ]
    assert not problems, "\n".join(problems)
