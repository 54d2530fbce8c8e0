# ECharts for pkg/charts comes from npm, pinned in package.json and
# package-lock.json. setup-js runs `npm ci` only when the library is missing or
# older than the lock file, so it is quick when nothing changed. npm gives the
# files it extracts an old fixed date, hence the touch.
NPM ?= npm
ECHARTS_MIN_JS := node_modules/echarts/dist/echarts.min.js

.PHONY: setup-js
setup-js: $(ECHARTS_MIN_JS) ## install the pinned ECharts from package-lock.json (npm ci; idempotent)

$(ECHARTS_MIN_JS): package-lock.json package.json
	@command -v $(NPM) >/dev/null || { echo "setup-js: npm not found; install Node.js (apt-get install nodejs npm)"; exit 1; }
	$(NPM) ci --no-audit --no-fund
	@touch $@

SETUP_TARGETS += setup-js
test-go: setup-js
