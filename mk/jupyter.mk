# Go notebooks on Jupyter with the GoNB kernel, and `make report`, which
# reruns every notebook into reports/NAME.html (cmd/report does the work).
#
# Parameters (command line or environment):
#   CORPUS=DIR        corpus folder (default data/articles; relative to the repository)
#   FROM=YYYY-MM-DD   only figures published on or after that date
#   TO=YYYY-MM-DD     only figures published on or before that date
#   HIDE_CODE=1       reports without code cells
# They reach the notebooks as the environment variables CORPUS (absolute),
# FROM and TO, with DISPLACEMENT_ROOT set to this repository.

FROM ?=
TO ?=
HIDE_CODE ?=
REPORTS ?= reports
PYTHON3 ?= python3
# jupyter on PATH, else the one pip installed for python3.
JUPYTER ?= $(shell command -v jupyter 2>/dev/null || echo "$(PYTHON3) -m jupyter")
NOTEBOOK_PORT ?= 8888
NOTEBOOK_FLAGS ?= --no-browser
JUPYTER_DEB_PACKAGES := jupyter-notebook jupyter-nbconvert python3-nbclient python3-ipykernel
# Used only when apt-get cannot install the Debian packages.
JUPYTER_PIP_PACKAGES := notebook==6.5.7 nbconvert==7.16.4 nbclient==0.10.0 ipykernel==6.29.5

# GoNB and goimports are built from go.mod's tool directive into a stable
# place, which the kernel registration (kernel.json) points at.
GONB_BIN := $(CURDIR)/.cache/bin/gonb
GOIMPORTS_BIN := $(CURDIR)/.cache/bin/goimports
JUPYTER_DATA_DIR ?= $(HOME)/.local/share/jupyter
GONB_KERNEL_JSON := $(JUPYTER_DATA_DIR)/kernels/gonb/kernel.json

REPORT_FLAGS = -out "$(REPORTS)" -corpus "$(CORPUS)" -jupyter "$(JUPYTER)" \
	$(if $(FROM),-from "$(FROM)") $(if $(TO),-to "$(TO)") \
	$(if $(filter 1 yes true,$(HIDE_CODE)),-hide-code)

.PHONY: setup-jupyter setup-gonb report notebook test-notebooks clear-notebooks

# Quick when installed: the check runs no Python unless jupyter is not on PATH.
JUPYTER_INSTALLED = { command -v jupyter-nbconvert && command -v jupyter-notebook; } >/dev/null 2>&1 || \
	$(PYTHON3) -c 'import nbconvert, nbclient, notebook, ipykernel' >/dev/null 2>&1

setup-jupyter: ## install Jupyter Notebook and nbconvert (Debian packages, else pip; idempotent)
	@if $(JUPYTER_INSTALLED); then echo "setup-jupyter: Jupyter installed"; exit 0; fi; \
	SUDO=; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	if command -v apt-get >/dev/null; then \
		echo "setup-jupyter: installing $(JUPYTER_DEB_PACKAGES) with apt-get"; \
		install() { DEBIAN_FRONTEND=noninteractive $$SUDO apt-get -o DPkg::Lock::Timeout=900 install -y --no-install-recommends $(JUPYTER_DEB_PACKAGES); }; \
		install || { $$SUDO apt-get -o DPkg::Lock::Timeout=900 update && install; } || echo "setup-jupyter: apt-get failed"; \
	fi; \
	if ! $(JUPYTER_INSTALLED) && command -v $(PYTHON3) >/dev/null; then \
		echo "setup-jupyter: installing Jupyter with pip for $(PYTHON3)"; \
		$(PYTHON3) -m pip install --user --retries 1 --timeout 30 $(JUPYTER_PIP_PACKAGES) || echo "setup-jupyter: pip failed"; \
	fi; \
	if ! $(JUPYTER_INSTALLED); then \
		echo "setup-jupyter: could not install Jupyter. Install Jupyter Notebook 6 and nbconvert yourself:"; \
		echo "  Debian/Ubuntu: sudo apt-get install $(JUPYTER_DEB_PACKAGES)"; \
		echo "  elsewhere:     $(PYTHON3) -m pip install --user $(JUPYTER_PIP_PACKAGES)"; \
		echo "then run make again (set JUPYTER=/path/to/jupyter if it is not on PATH)."; \
		exit 1; \
	fi; \
	echo "setup-jupyter: Jupyter installed"

$(GONB_BIN): go.mod go.sum
	$(GO) build -o $@ github.com/janpfeifer/gonb

$(GOIMPORTS_BIN): go.mod go.sum
	$(GO) build -o $@ golang.org/x/tools/cmd/goimports

# GoNB's --install copies its binary into the kernel folder; goimports is
# copied next to it (kernel/bin), so the registration never points into a
# checkout that may be deleted (a fresh clone, CI). Registering happens only
# when those copies differ from this checkout's builds or kernel.json's PATH
# is not ours. The kernel's PATH puts goimports and this Go first, then
# whatever PATH Jupyter runs with (${PATH} is expanded when the kernel starts).
GONB_KERNEL_DIR := $(dir $(GONB_KERNEL_JSON))
GONB_KERNEL_GOIMPORTS := $(GONB_KERNEL_DIR)bin/goimports
GONB_KERNEL_PATH = $(GONB_KERNEL_DIR)bin:$(shell $(GO) env GOROOT)/bin:$${PATH}

setup-gonb: $(GONB_BIN) $(GOIMPORTS_BIN) ## build GoNB and goimports (pinned in go.mod) and register the gonb kernel
	@if grep -qsF '"PATH": "$(GONB_KERNEL_PATH)"' "$(GONB_KERNEL_JSON)" \
		&& cmp -s "$(GONB_BIN)" "$(GONB_KERNEL_DIR)gonb" && cmp -s "$(GOIMPORTS_BIN)" "$(GONB_KERNEL_GOIMPORTS)"; then \
		echo "setup-gonb: kernel gonb registered in $(GONB_KERNEL_JSON)"; \
	else \
		JUPYTER_DATA_DIR="$(JUPYTER_DATA_DIR)" $(GONB_BIN) --install --force_deps --logtostderr=false --log_file=/dev/null && \
		install -D -m 755 "$(GOIMPORTS_BIN)" "$(GONB_KERNEL_GOIMPORTS)" && \
		$(PYTHON3) -c 'import json, sys; p = sys.argv[1]; k = json.load(open(p)); k.setdefault("env", {})["PATH"] = sys.argv[2]; json.dump(k, open(p, "w"), indent=1)' \
			"$(GONB_KERNEL_JSON)" '$(GONB_KERNEL_PATH)' && \
		echo "setup-gonb: registered kernel gonb in $(GONB_KERNEL_JSON)"; \
	fi

report: setup-jupyter setup-gonb setup-js ## rerun every notebook into reports/NAME.html and write reports/charts/
	$(GO) run ./cmd/report $(REPORT_FLAGS)
	$(GO) run ./cmd/corpus charts --out "$(REPORTS)/charts" "$(CORPUS)"

notebook: setup-jupyter setup-gonb setup-js ## start Jupyter Notebook on 127.0.0.1 for interactive work (Ctrl-C stops it)
	cd notebooks && DISPLACEMENT_ROOT="$(CURDIR)" CORPUS="$(abspath $(CORPUS))" FROM="$(FROM)" TO="$(TO)" \
		$(JUPYTER) notebook --ip=127.0.0.1 --port=$(NOTEBOOK_PORT) $(NOTEBOOK_FLAGS) $$([ "$$(id -u)" != 0 ] || echo --allow-root)

test-notebooks: setup-jupyter setup-gonb setup-js ## execute every notebook headlessly; fails on any cell error
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	$(GO) run ./cmd/report -out "$$tmp" -corpus "$(CORPUS)" -jupyter "$(JUPYTER)"

clear-notebooks: setup-jupyter ## remove outputs from notebooks/*.ipynb before committing them
	$(JUPYTER) nbconvert --clear-output --inplace notebooks/*.ipynb

SETUP_TARGETS += setup-jupyter setup-gonb
TEST_TARGETS += test-notebooks
test-go: setup-jupyter setup-gonb
