# Two commands on a fresh machine with Python 3.11: `make run` and `make test`.
PYTHON ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 8000
PG_URL ?= postgres://postgres@127.0.0.1:5432/test

.PHONY: install run test test-sqlite test-postgres lint format migrations-check ci clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $@

install: $(VENV)/.installed

run: install  ## Migrate, load the demo content and serve the site on http://localhost:$(PORT)/
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo
	$(BIN)/python manage.py runserver 0.0.0.0:$(PORT)

test: install  ## Run the tests (SQLite by default; set DATABASE_URL for PostgreSQL)
	$(BIN)/pytest -q -n 2 --dist loadfile

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

ci: lint migrations-check test-sqlite test-postgres

clean:
	rm -rf $(VENV) var db.sqlite3
