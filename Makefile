# The two commands that matter: `make report` (the main job) and `make test`
# (every test). Each area keeps its targets in mk/*.mk; this file wires them.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

GO ?= go
CORPUS ?= data/articles

# Fragments append to these.
TEST_TARGETS :=
SETUP_TARGETS :=

include $(sort $(wildcard mk/*.mk))

.PHONY: help test vet test-go setup
help: ## list the targets
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | sort | awk -F':.*## ' '{printf "  %-16s %s\n", $$1, $$2}'

setup: $(SETUP_TARGETS) ## install everything the project needs (idempotent)

vet: ## go vet and gofmt check
	$(GO) vet ./...
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || { echo "gofmt needed:"; gofmt -l $$(git ls-files '*.go'); exit 1; }

test-go: ## every Go test, browser and notebook tests included
	$(GO) test -count=1 -timeout 30m ./...

test: vet test-go $(TEST_TARGETS) ## every test: vet, Go tests, fuzz runs, notebooks, browser
