# Scale benchmarks (issue 6). `make bench` generates the benchmark corpora
# once under ~/.cache/displacement-bench (outside the repository: GoNB watches every file under the module), runs the Go benchmarks, times wc -w
# over the same files and prints one table of measured figures and targets.
# It is slow (minutes) and is not part of `make test`.
#
#   make bench                         # the full run: ≥ 1 GB corpus, 1e6 facts, 5 runs
#   make bench BENCH_BYTES=200MB BENCH_COUNT=1   # a quick look
BENCH_DIR       ?= $(HOME)/.cache/displacement-bench
BENCH_BYTES     ?= 1GB
BENCH_E2E_FACTS ?= 1000000
BENCH_AGG_FACTS ?= 1000000
BENCH_COUNT     ?= 5
BENCH_SEED      ?= 1

# taskset (util-linux) pins the one-core run to CPU 0.
PIN_ONE_CPU := $(if $(shell command -v taskset),taskset -c 0,)

BENCH_CORPUS := $(BENCH_DIR)/corpus-$(BENCH_BYTES)-seed$(BENCH_SEED)
BENCH_E2E    := $(BENCH_DIR)/facts-$(BENCH_E2E_FACTS)-seed$(BENCH_SEED)
BENCH_OUT    := $(BENCH_DIR)/results

$(BENCH_CORPUS)/.complete:
	$(GO) run ./cmd/corpus gen --bytes $(BENCH_BYTES) --seed $(BENCH_SEED) --out $(@D)
	@touch $@

$(BENCH_E2E)/.complete:
	$(GO) run ./cmd/corpus gen --facts $(BENCH_E2E_FACTS) --seed $(BENCH_SEED) --out $(@D)
	@touch $@

.PHONY: bench bench-corpus
bench-corpus: $(BENCH_CORPUS)/.complete $(BENCH_E2E)/.complete ## generate the benchmark corpora (cached in $(BENCH_DIR))

bench: bench-corpus setup-js ## run the scale benchmarks and print measured figures against targets (slow)
	@mkdir -p $(BENCH_OUT)
	@rm -f $(BENCH_OUT)/*.txt
	$(GO) test -c -o $(BENCH_DIR)/corpus.test ./pkg/corpus
	@echo "bench: machine: $$(nproc) cores, $$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $$(go version | cut -d' ' -f3)"
	cd pkg/corpus && BENCH_CORPUS_DIR=$(BENCH_CORPUS) $(BENCH_DIR)/corpus.test \
		-test.run '^$$' -test.bench '^BenchmarkScaleReadTree$$' -test.benchtime 1x -test.count $(BENCH_COUNT) \
		| tee $(BENCH_OUT)/readtree.txt
	@# One core means one CPU: the process is pinned, since the kernel work
	@# of opening 200,000 files otherwise spills onto the second core.
	cd pkg/corpus && BENCH_CORPUS_DIR=$(BENCH_CORPUS) $(PIN_ONE_CPU) $(BENCH_DIR)/corpus.test \
		-test.run '^$$' -test.bench '^BenchmarkScaleExtract$$' -test.cpu 1 -test.benchtime 1x -test.count $(BENCH_COUNT) \
		| tee $(BENCH_OUT)/extract.txt
	cd pkg/corpus && BENCH_CORPUS_DIR=$(BENCH_CORPUS) $(BENCH_DIR)/corpus.test \
		-test.run '^$$' -test.bench '^BenchmarkScaleExtract$$' -test.cpu 2 -test.benchtime 1x -test.count $(BENCH_COUNT) \
		| tee -a $(BENCH_OUT)/extract.txt
	cd pkg/corpus && BENCH_E2E_DIR=$(BENCH_E2E) $(BENCH_DIR)/corpus.test \
		-test.run '^$$' -test.bench '^BenchmarkScaleEndToEnd$$' -test.benchtime 1x -test.count $(BENCH_COUNT) \
		| tee $(BENCH_OUT)/endtoend.txt
	cd pkg/corpus && BENCH_AGG_FACTS=$(BENCH_AGG_FACTS) $(BENCH_DIR)/corpus.test \
		-test.run '^$$' -test.bench '^BenchmarkScaleAggregate$$' -test.benchtime 10x -test.count $(BENCH_COUNT) \
		| tee $(BENCH_OUT)/aggregate.txt
	@if grep -qs '^func Benchmark' pkg/charts/*_test.go; then \
		$(GO) test -run '^$$' -bench . -count $(BENCH_COUNT) ./pkg/charts | tee $(BENCH_OUT)/charts.txt; \
	fi
	@echo
	$(GO) run ./cmd/benchtable -corpus $(BENCH_CORPUS) -wc-runs $(BENCH_COUNT) $(BENCH_OUT)/*.txt
