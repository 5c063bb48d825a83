"""Reading the settings a process would get from an environment.

Settings modules are evaluated once per process, so each case imports them
in a fresh interpreter with its own environment (DATABASE_URL and
REDIS_URL of the test run left out).
"""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def read_settings(module, env, names):
    """`names` of settings `module` under `env`: (the finished process, {name: repr} or None)."""
    script = (
        "import json, os, django; django.setup(); from django.conf import settings;"
        f"print(json.dumps({{n: repr(getattr(settings, n)) for n in {names!r}}}))"
    )
    clean_env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL"}}
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env={**clean_env, "DJANGO_SETTINGS_MODULE": module, **env},
        capture_output=True,
        text=True,
        check=False,
    )
    return result, (json.loads(result.stdout) if result.returncode == 0 else None)
