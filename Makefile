# Two commands on a fresh machine: `make run` and `make test` (see README).
# Everything the project needs is installed from here: the Python packages
# into .venv, the fonts, axe-core and the Nu HTML checker (vnu-jar) from the npm
# registry, and the Debian packages (gettext; postgresql-client for backups;
# chromium for the browser tests; a Java runtime for vnu-jar) when missing.

PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?= -n 2
APT_GET := $(if $(filter 0,$(shell id -u)),apt-get,sudo apt-get)

.PHONY: run serve test setup migrate demo messages check-messages makemessages lint format \
        browser-deps system-deps bench bench-deps bench-micro worker clean

run: setup demo
	$(MANAGE) runserver $(HOST):$(PORT)

# The production set-up on loopback: gunicorn (shipped gunicorn.conf.py: logs
# without tokens), DEBUG off, WhiteNoise with collected static files. A random
# SECRET_KEY per start unless one is given; no TLS here, so no HTTPS redirect.
WORKERS ?= 4
serve: setup demo
	DJANGO_SETTINGS_MODULE=portal.settings.production SECRET_KEY=$${SECRET_KEY:-$$(head -c 48 /dev/urandom | base64)} \
	  $(MANAGE) collectstatic --noinput -v 0
	DJANGO_SETTINGS_MODULE=portal.settings.production SECRET_KEY=$${SECRET_KEY:-$$(head -c 48 /dev/urandom | base64)} \
	  SECURE_SSL_REDIRECT=$${SECURE_SSL_REDIRECT:-false} PUBLIC_BASE_URL=$${PUBLIC_BASE_URL:-http://$(HOST):$(PORT)} \
	  $(VENV)/bin/gunicorn -c gunicorn.conf.py --bind $(HOST):$(PORT) --workers $(WORKERS) \
	  --timeout 30 --access-logfile -

test: setup browser-deps
	$(PY) -m pytest $(PYTEST_ARGS)

setup: system-deps $(VENV)/.installed node_modules/.installed messages migrate

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

node_modules/.installed: package.json package-lock.json scripts/vendor_assets.py $(VENV)/.installed
	npm ci --no-audit --no-fund --ignore-scripts
	$(PY) scripts/vendor_assets.py
	touch $@

system-deps:
	@command -v msgfmt >/dev/null || { $(APT_GET) update && $(APT_GET) install -y --no-install-recommends gettext; }
	@command -v npm >/dev/null || { $(APT_GET) update && $(APT_GET) install -y --no-install-recommends nodejs npm; }
	@command -v pg_dump >/dev/null || { $(APT_GET) update && $(APT_GET) install -y --no-install-recommends postgresql-client; }

browser-deps:
	@command -v chromium >/dev/null || { $(APT_GET) update && $(APT_GET) install -y --no-install-recommends chromium; }
	@command -v java >/dev/null || { $(APT_GET) update && $(APT_GET) install -y --no-install-recommends default-jre-headless; }

messages: $(VENV)/.installed
	$(MANAGE) compilemessages --ignore=.venv --ignore=node_modules -v 0

migrate: $(VENV)/.installed
	$(MANAGE) migrate --noinput -v 0

demo: $(VENV)/.installed
	$(MANAGE) load_demo

# The languages come from settings.LANGUAGES (manage.py language_codes).
makemessages: $(VENV)/.installed
	$(MANAGE) makemessages $$($(MANAGE) language_codes --flags) --no-obsolete \
	  --ignore=.venv --ignore=node_modules --ignore=tests --ignore=benchmarks \
	  --ignore=scripts --ignore=var --ignore=static_collected
	$(MANAGE) makemessages -d djangojs $$($(MANAGE) language_codes --flags) --no-obsolete \
	  --ignore=.venv --ignore=node_modules --ignore=static_collected --ignore=tests

check-messages: $(VENV)/.installed
	$(PY) scripts/check_messages.py

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(VENV)/.installed
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

# The performance suite (README, "Benchmarks"): the production server with its
# task worker on loopback, wrk on every public address, demo and regional data,
# one table; results in var/bench/. PostgreSQL and Redis from BENCH_DATABASE_URL
# (or DATABASE_URL; the database is dropped and created, its name must contain
# "bench") and REDIS_URL. BENCH_SCALE=0.02 BENCH_SECONDS=3 for a quick run.
bench: setup bench-deps
	$(PY) benchmarks/load.py $(BENCH_ARGS)

# The older micro-benchmarks (catalogue, booking): benchmarks/run.py [name].
bench-micro: setup
	$(PY) benchmarks/run.py

bench-deps:
	@command -v wrk >/dev/null || { $(APT_GET) update && $(APT_GET) install -y --no-install-recommends wrk; }

clean:
	rm -rf $(VENV) node_modules portal/static/portal/vendor static_collected
