# sg-suite: two commands on a fresh machine.
#   make run   start the broker, the five services and the console on http://127.0.0.1:8000
#              (Ctrl-C stops everything)
#              (KAFKA=apache: Apache Kafka 4 in KRaft mode instead of Tansu; Java 17 and Maven)
#   make test  lint, type-check and test the library and every service
#   make test-fast  the inner loop: SQLite, no broker, no browser, no e2e (two workers)
#   make ci    what CI runs: start (installing if absent) PostgreSQL, then make test against it
SHELL := /bin/bash
.DEFAULT_GOAL := help
UV := $(shell scripts/uv.sh)
RUN := $(UV) run --frozen
PY_DIRS := libs services console bench scripts tests deploy clients
SERVICES := budget hr facilities it production
export SG_DATA_DIR ?= $(CURDIR)/.data
KAFKA ?= tansu
PROCFILE := $(if $(filter apache,$(KAFKA)),Procfile.apache,Procfile)

.PHONY: help sync run test test-fast ci postgres chromium console-assets lint fmt typecheck pytest token idp idp-install clean migrate migration demo bench docs k8s openapi clients contracts-release security bench-http

help: ## list the targets
	@grep -E '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-18s %s\n", $$1, $$2}'

# The clients' code is built by uv from the committed documents (clients/hatch_build.py) and
# rebuilt when a document changes; a client whose generated code is gone (git clean) is rebuilt
# too, uv's cache not knowing it.
MISSING_CLIENTS := $(foreach s,$(SERVICES),$(if $(wildcard clients/$(s)-client/$(s)_client/__init__.py),,$(s)-client))

sync: ## install the locked environment (.venv) with uv, building the Python clients from the documents
	@$(UV) sync --frozen --all-packages $(foreach c,$(MISSING_CLIENTS),--reinstall-package $(c))

run: sync console-assets ## start the broker, its topics, the five services and the console (KAFKA=apache: Apache Kafka)
	@mkdir -p "$(SG_DATA_DIR)"
	@$(if $(filter apache,$(KAFKA)),$(RUN) sg-broker --kafka apache --fetch-jars)
	@SG_RUN_KAFKA=$(KAFKA) $(RUN) python scripts/banner.py
	@$(RUN) honcho start -f $(PROCFILE)

test: sync lint typecheck pytest ## lint, type-check and test (PostgreSQL too when SG_TEST_POSTGRES_URL is set)

ci: ## what CI runs (.ci/run): start PostgreSQL (installing it if absent, needs root or sudo), then make test
	@bash .ci/run

chromium: ## install (Debian, root or sudo) Chromium for the console's browser tests when absent; prints its path
	@scripts/chromium.sh

console-assets: sync ## the console's DSFR and htmx from npm (npm ci in console/, pinned by its package-lock.json), copied into its static dir
	@$(RUN) python -m sg_console.vendor

postgres: ## install (Debian, root or sudo) and start the local PostgreSQL the tests use; prints SG_TEST_POSTGRES_URL
	@scripts/test-postgres.sh

lint: sync ## ruff lint and format check
	@$(RUN) ruff check $(PY_DIRS)
	@$(RUN) ruff format --check $(PY_DIRS)

fmt: sync ## format and fix what ruff can
	@$(RUN) ruff format $(PY_DIRS)
	@$(RUN) ruff check --fix $(PY_DIRS)

# A service's tests have no __init__.py (pytest imports them by path): mypy checks them one service
# at a time, named from the service's directory (tests.conftest, ...), so relative imports resolve.
typecheck: sync ## mypy over the library (strict), the services, the console and every test
	@$(RUN) mypy libs/common/src libs/contracts/src $(foreach s,$(SERVICES),services/$(s)-svc/src) console/src \
		libs/common/tests console/tests tests
	@for s in $(SERVICES); do MYPYPATH=services/$$s-svc $(RUN) mypy services/$$s-svc/tests || exit 1; done

pytest: sync console-assets ## the test suite in two runs: in-process tests on two workers, then broker, e2e and browser tests (PostgreSQL too when SG_TEST_POSTGRES_URL is set; the browser tests need Chromium: make chromium)
	@scripts/pytest-runs.sh $(RUN) pytest $(PYTEST_ARGS)

test-fast: sync console-assets ## the inner loop: the library, services and console on SQLite, no broker, browser nor e2e, on two workers (pytest-xdist)
	@SG_TEST_POSTGRES_URL= $(RUN) pytest -n 2 -q -rfE -p no:cacheprovider \
		-m "not broker and not e2e and not browser" libs/common/tests services console/tests $(PYTEST_ARGS)

security: sync ## the hostile suite, full: schemathesis (all checks, 4 phases, 2 personas), token attacks, malformed bodies on the five services; prints its figures (docs/security.md). make test runs it bounded
	@SG_SECURITY_FULL=1 $(RUN) pytest tests/security -p no:cacheprovider -q $(PYTEST_ARGS)

token: sync ## a development token: make token ROLE=budget.officer UNIT=DPG [SUB=alice]
	@$(RUN) sg-token --role "$(or $(ROLE),sg.admin)" --unit "$(or $(UNIT),SG)" --sub "$(or $(SUB),dev)"

idp-install: ## install the dev IdP's locked Node.js dependencies (npm ci in deploy/dev-idp)
	@test -d deploy/dev-idp/node_modules/oidc-provider || (cd deploy/dev-idp && npm ci --no-audit --no-fund --loglevel=error)

idp: idp-install ## the development OpenID Connect provider on 127.0.0.1 (IDP_PORT, default 8090); tests start their own
	@node deploy/dev-idp/server.js --port $(or $(IDP_PORT),8090)

migrate: sync ## apply every service's migrations to its database
	@for s in $(SERVICES); do $(RUN) sg-service $$s migrate; done

migration: sync ## autogenerate a migration: make migration SERVICE=budget MSG="add x"
	@test -n "$(SERVICE)" -a -n "$(MSG)" || (echo "usage: make migration SERVICE=budget MSG='...'"; exit 2)
	@SG_DATA_DIR=$$(mktemp -d) $(RUN) sg-service $(SERVICE) revision -m "$(MSG)"

clean: ## remove local data, caches, the virtualenv and the built clients (make sync builds them again)
	rm -rf .data .venv .tools .pytest_cache .mypy_cache .ruff_cache .hypothesis .artifacts
	rm -rf console/node_modules console/src/sg_console/static
	rm -rf clients/*-client/*_client clients/ts/node_modules clients/ts/src
	find . -name __pycache__ -type d -prune -exec rm -rf {} +

demo: sync ## with `make run` going: fill the five services with a year of demo data (idempotent)
	@$(RUN) python scripts/demo.py

bench: sync ## run the benchmarks (bounded, loopback only; BROKER=apache: on Apache Kafka); results in bench/results/
	@$(RUN) python bench/events/bench_relay.py --broker $(or $(BROKER),tansu)
	@$(MAKE) --no-print-directory bench-http

bench-http: sync ## the HTTP path against two baselines with wrk (DATABASE=postgresql: on PostgreSQL)
	@command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
	@$(RUN) python bench/http/bench_http.py --database $(or $(DATABASE),sqlite)

docs: sync ## regenerate the generated parts of docs/ (event catalogue, permission tables)
	@$(RUN) python scripts/event_catalogue.py
	@$(RUN) python scripts/permissions_doc.py

k8s: sync ## regenerate deploy/k8s/base from deploy/k8s/generate.py
	@$(RUN) python deploy/k8s/generate.py

openapi: sync ## regenerate the OpenAPI documents, event JSON Schemas and docs/asyncapi.yaml
	@$(RUN) python scripts/contracts.py write

clients: sync ## rebuild the Python clients (clients/*-client) and TypeScript types (clients/ts) from the committed documents (none in git)
	@$(RUN) python scripts/clients.py write

contracts-release: sync ## make the current contracts the compatibility baseline (a release)
	@$(RUN) python scripts/contracts.py release
