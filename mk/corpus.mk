# Corpus package (issue 2): brief fuzz runs of the parser and extractor,
# part of `make test`, and the corpus tables from the command line.
#
#   make fuzz                 # each fuzz target for FUZZTIME (default 10000x)
#   make fuzz FUZZTIME=1m     # longer, when changing the parser
#
#   make facts                # the facts table of $(CORPUS) as CSV on stdout
#   make golden               # rewrite pkg/corpus/testdata/facts/*.golden; review the diff
#
# The default is a count of executions, not a duration: with a duration,
# go1.26 can fail a clean run with "context deadline exceeded" when the
# deadline races a busy worker (golang/go#75804, fixed in go1.27).
FUZZTIME ?= 10000x
CORPUS_FUZZ_TARGETS := FuzzParseNumber FuzzParseDate FuzzArticle

TEST_TARGETS += fuzz

.PHONY: fuzz facts articles quotes golden
fuzz: ## run each corpus fuzz target briefly (FUZZTIME=10000x executions)
	@for f in $(CORPUS_FUZZ_TARGETS); do \
		echo "fuzz: $$f for $(FUZZTIME)"; \
		$(GO) test -run='^$$' -fuzz="^$$f$$" -fuzztime=$(FUZZTIME) ./pkg/corpus || exit 1; \
	done

facts: ## write the facts table of CORPUS (default data/articles) as CSV
	@$(GO) run ./cmd/corpus facts $(CORPUS)

articles: ## write the articles table of CORPUS as CSV
	@$(GO) run ./cmd/corpus articles $(CORPUS)

quotes: ## write the quotes table of CORPUS as CSV
	@$(GO) run ./cmd/corpus quotes $(CORPUS)

golden: ## rewrite the extractor's golden files after a deliberate change
	$(GO) test -count=1 -run '^TestGolden$$' ./pkg/corpus -update
	@git diff --stat -- pkg/corpus/testdata/facts
