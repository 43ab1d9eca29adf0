# The portal's commands. `make run` needs only Python 3.11: everything else (uv and
# the development database included) is installed into the project folder. `make test`
# also needs Node.js (npm) for axe-core, and installs Debian's chromium for the browser
# tests when it is missing.
#
# Each step runs only when its inputs changed since it last ran, so that a second
# `make run` is quick: the files they leave behind (a stamp where there is none) are
# make's targets.

PYTHON ?= python3.11
UV_VERSION := 0.13.8
UV := .tools/bin/uv
VENV := .venv
BIN := $(VENV)/bin
SYNCED := $(VENV)/.synced
CATALOGUES := $(patsubst %.po,%.mo,$(wildcard locale/*/LC_MESSAGES/django.po))
BROWSER_TOOLS := tests/browser/node_modules/axe-core/axe.min.js
PORT ?= 8000

# Without DATABASE_URL, development runs on an embedded PostgreSQL server kept here
# (procura/devdatabase.py); the settings read the same variable.
DEV_DATABASE_DIR ?= .postgres
MIGRATIONS := $(wildcard */migrations/0*.py)
DEMO := $(wildcard demo/*.py demo/management/commands/*.py demo/data/*.yaml)
# The embedded server keeps the stamps of the migrations and the demo in its data
# directory, so that a new database is filled again. A database that DATABASE_URL names
# may be emptied or replaced behind make's back: it is brought up to date at every run.
ifdef DATABASE_URL
MIGRATED := always-migrate
DEMO_LOADED := always-load-demo
.PHONY: $(MIGRATED) $(DEMO_LOADED)
else
MIGRATED := $(DEV_DATABASE_DIR)/data/migrated
DEMO_LOADED := $(DEV_DATABASE_DIR)/data/demo-loaded
endif
STAMP = $(if $(DATABASE_URL),,touch $@)

# The test settings use the local Postgres and Redis unless DATABASE_URL and
# REDIS_URL say otherwise.
TEST_ENV := DJANGO_SETTINGS_MODULE=procura.settings.test
LINT := $(BIN)/ruff check . && $(BIN)/ruff format --check .

.PHONY: install run stop test bench screenshots map lint format messages broker worker beat

$(UV):
	$(PYTHON) -m venv .tools
	.tools/bin/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

$(SYNCED): pyproject.toml uv.lock | $(UV)
	$(UV) sync --locked --quiet
	touch $@

%.mo: %.po | $(SYNCED)
	$(BIN)/pybabel compile --domain django --input-file $< --output-file $@ --statistics

install: $(SYNCED) $(CATALOGUES)

run $(MIGRATED) $(DEMO_LOADED): export DEBUG = true

# Third-party apps' migrations come with the packages.
$(MIGRATED): $(MIGRATIONS) $(SYNCED)
	$(BIN)/python manage.py migrate --no-input
	$(STAMP)

$(DEMO_LOADED): $(MIGRATED) $(DEMO)
	$(BIN)/python manage.py load_demo
	$(STAMP)

# The embedded server keeps running after runserver: `make stop` stops it.
run: install $(DEMO_LOADED)
	@echo "Demo accounts are in demo/data/accounts.yaml; staff sign in at http://127.0.0.1:$(PORT)/en/admin/"
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

stop:
	$(BIN)/python -m procura.devdatabase stop $(DEV_DATABASE_DIR)

$(BROWSER_TOOLS): tests/browser/package.json tests/browser/package-lock.json
	npm ci --prefix tests/browser --silent --no-audit --no-fund
	touch $@

# Debian's nginx with the brotli modules nginx/portal.conf loads: the tests and the benchmarks
# run that file in front of gunicorn.
NGINX_PACKAGES := nginx libnginx-mod-http-brotli-filter libnginx-mod-http-brotli-static
NGINX_INSTALLED := dpkg-query --show $(NGINX_PACKAGES) >/dev/null 2>&1
INSTALL_NGINX := $(NGINX_INSTALLED) || { apt-get update --quiet=2 && DEBIAN_FRONTEND=noninteractive apt-get install --yes --quiet=2 --no-install-recommends $(NGINX_PACKAGES); }

test: install $(BROWSER_TOOLS)
	@test -x /usr/bin/chromium || { apt-get update --quiet=2 && DEBIAN_FRONTEND=noninteractive apt-get install --yes --quiet=2 --no-install-recommends chromium; }
	@$(INSTALL_NGINX)
	$(TEST_ENV) $(BIN)/python manage.py check_services
	$(LINT)
	$(TEST_ENV) $(BIN)/python manage.py makemigrations --check --dry-run
	$(TEST_ENV) $(BIN)/pytest

# The member map's coasts (members/static/members/east-asia.svg, committed) drawn again from
# Natural Earth, as npm's world-atlas package ships it.
WORLD_ATLAS := world-atlas@2.0.2

map: install
	npm install --no-save --silent --prefix .map-data $(WORLD_ATLAS)
	DEBUG=true $(BIN)/python manage.py draw_map .map-data/node_modules/world-atlas/land-50m.json
	rm -r .map-data

# Every kind of public page in the four languages at 390 and 1366 pixels, from the demo
# database, into screenshots/. Debian's chromium and CJK fonts are installed when missing.
SCREENSHOTS_PACKAGES := chromium fonts-noto-cjk

screenshots: install $(DEMO_LOADED)
	@dpkg-query --show $(SCREENSHOTS_PACKAGES) >/dev/null 2>&1 || { apt-get update --quiet=2 && DEBIAN_FRONTEND=noninteractive apt-get install --yes --quiet=2 --no-install-recommends $(SCREENSHOTS_PACKAGES); }
	DEBUG=true $(BIN)/python manage.py screenshots --output screenshots

# The benchmarks (bench/run.py), written to bench/results.md: page throughput against the
# smallest Django application, from gunicorn and through nginx; queries per page with the demo
# content and ten times as much; a load test with Redis stopped and Postgres restarted; and
# 10,000 mails. On a database of their own, emptied first (BENCH_DATABASE_URL), and a Redis
# server of their own. Restarting Postgres cuts off everyone using it: FAULTS=redis leaves it
# alone.
BENCH_DATABASE_URL ?= postgres://root@127.0.0.1:5432/procura_bench
BENCH_ENV := DATABASE_URL=$(BENCH_DATABASE_URL)
DURATION ?= 10
LOAD_DURATION ?= 60
FAULT_DURATION ?= 20
FAULTS ?= redis postgres

bench: install
	@command -v wrk >/dev/null || { apt-get update --quiet=2 && DEBIAN_FRONTEND=noninteractive apt-get install --yes --quiet=2 --no-install-recommends wrk; }
	@$(INSTALL_NGINX)
	@command -v redis-server >/dev/null || { echo "The benchmarks need redis-server: apt-get install redis-server"; exit 1; }
	$(BENCH_ENV) $(BIN)/python -m bench.run --duration $(DURATION) --load-duration $(LOAD_DURATION) \
		--fault-duration $(FAULT_DURATION) --faults $(FAULTS)

lint: install
	$(LINT)

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Needs GNU gettext (xgettext, msgmerge): a translator's tool, not a setup step.
messages: install
	for language in ko ja zh_Hans; do \
		DEBUG=true $(BIN)/python manage.py makemessages --locale $$language \
			--ignore '.venv/*' --ignore '.tools/*' --ignore 'tests/*' --no-obsolete --add-location file; \
	done
	$(BIN)/pybabel compile --domain django --directory locale --statistics

# Without REDIS_URL there is no broker: tasks run inside the web process.
worker beat: export DEBUG ?= true

broker:
	@test -n "$$REDIS_URL" || { echo "Set REDIS_URL, e.g. redis://127.0.0.1:6379/0"; exit 1; }

worker: broker install
	$(BIN)/celery --app procura worker --loglevel INFO

beat: broker install
	$(BIN)/celery --app procura beat --loglevel INFO --schedule .celerybeat-schedule
