# Browser tests (internal/browsertest) drive Debian's headless chromium with
# chromedp. setup-browser installs it once; it is quick when already present.
CHROMIUM ?= /usr/bin/chromium

.PHONY: setup-browser
setup-browser: ## install Debian's chromium for the browser tests (idempotent)
	@if [ -x "$(CHROMIUM)" ]; then \
		echo "setup-browser: $$($(CHROMIUM) --version 2>/dev/null || echo chromium) already installed"; \
	else \
		echo "setup-browser: installing Debian chromium"; \
		SUDO=; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
		$$SUDO apt-get update && \
		DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -o DPkg::Lock::Timeout=900 chromium; \
	fi

SETUP_TARGETS += setup-browser
test-go: setup-browser
