# Two commands on a fresh machine with Python 3.11: `make run` and `make test`.
PYTHON ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 8000
PG_URL ?= postgres://postgres@127.0.0.1:5432/test

.PHONY: install browser-deps clients-deps run test test-sqlite test-postgres lint format migrations-check ci clean serve-prod bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[dev,bench]"
	touch $@

install: $(VENV)/.installed

# The browser tests drive Debian's Chromium (Playwright's own browser download is not used)
# and inject axe-core from tests/browser/node_modules.
browser-deps:  ## Chromium and axe-core for the browser tests (apt-get needs root)
	@test -x /usr/bin/chromium || { apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }
	@test -f tests/browser/node_modules/axe-core/axe.min.js || \
		npm ci --prefix tests/browser --no-audit --no-fund --loglevel=error

# graphql-codegen and TypeScript for tests/api/test_codegen.py (fails without Node.js).
clients-deps:  ## Node packages of clients/ (the codegen test)
	@command -v node >/dev/null || { echo "Node.js is required (tests/api/test_codegen.py)"; exit 1; }
	@test -x clients/node_modules/.bin/graphql-codegen -a -x clients/node_modules/.bin/tsc || \
		npm ci --prefix clients --no-audit --no-fund --loglevel=error

run: install  ## Migrate, load the demo content and serve the site on http://localhost:$(PORT)/
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo
	$(BIN)/python manage.py runserver 0.0.0.0:$(PORT)

test: install browser-deps clients-deps  ## Install what the tests need and run them all (SQLite by default; set DATABASE_URL for PostgreSQL)
	$(BIN)/pytest -q -n 2 --dist loadfile -m "not live"
	$(BIN)/pytest -q -n 2 --dist loadfile -m live

test-sqlite: install
	env -u DATABASE_URL $(MAKE) test

test-postgres: install
	DATABASE_URL=$(PG_URL) $(MAKE) test

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

migrations-check: install
	$(BIN)/python manage.py makemigrations --check --dry-run

ci: lint migrations-check browser-deps test-sqlite test-postgres

# Production settings on loopback (plain HTTP: no TLS redirect, no secure-only cookies).
PROD_DB ?= wetogether_prod
PROD_ENV = DJANGO_SETTINGS_MODULE=config.settings.production \
	DJANGO_SECRET_KEY=$${DJANGO_SECRET_KEY:-local-serve-prod-only-0123456789abcdefghijklmnopqrstuvwxyz} \
	DATABASE_URL=postgres://postgres@127.0.0.1:5432/$(PROD_DB) \
	REDIS_URL=$${REDIS_URL:-redis://127.0.0.1:6379/1} \
	DJANGO_SECURE_SSL_REDIRECT=false DJANGO_SECURE_COOKIES=false

serve-prod: install  ## gunicorn (2 workers), production settings, PostgreSQL + Redis, the webhook worker
	psql -h 127.0.0.1 -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='$(PROD_DB)'" \
		| grep -q 1 || psql -h 127.0.0.1 -U postgres -c 'CREATE DATABASE "$(PROD_DB)"'
	redis-cli -h 127.0.0.1 CONFIG SET maxmemory 256mb >/dev/null  # bounded, evicting: docs/deploy.md
	redis-cli -h 127.0.0.1 CONFIG SET maxmemory-policy allkeys-lru >/dev/null
	$(PROD_ENV) $(BIN)/python manage.py migrate --noinput
	$(PROD_ENV) $(BIN)/python manage.py collectstatic --noinput -v 0
	# Webhooks (README "Webhooks"): the rq worker sends deliveries and scheduled retries; the
	# sender announces expired pages and recovers deliveries Redis lost. Both stop with gunicorn.
	$(PROD_ENV) $(BIN)/python manage.py rqworker webhooks --with-scheduler & worker=$$!; \
	$(PROD_ENV) $(BIN)/python manage.py webhooks deliver --loop & sender=$$!; \
	trap 'kill $$worker $$sender 2>/dev/null' EXIT INT TERM; \
	$(PROD_ENV) $(BIN)/gunicorn config.wsgi --workers 2 --bind 127.0.0.1:$(PORT)

bench: install  ## Benchmarks (~15 min): HTTP runs, then ours vs grapple vs REST v2 vs the floor; writes docs/performance.md
	$(BIN)/python -m bench.run --setup

clean:
	rm -rf $(VENV) var db.sqlite3
