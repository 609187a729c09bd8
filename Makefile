# attncc: a thin wrapper over CMake.  `make demo` and `make check` install
# any missing Debian packages first (scripts/deps.sh, idempotent).
BUILD      ?= build
BUILD_TYPE ?= Release
JOBS       ?= 2
CMAKE_FLAGS ?=
BENCH_ARGS ?=
ifdef JSON
BENCH_ARGS += --json
endif

.PHONY: all deps configure build demo check bench generated docs clean

all: build

deps:
	@bash scripts/deps.sh

configure: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(CMAKE_FLAGS) > $(BUILD).configure.log 2>&1 || \
	  { cat $(BUILD).configure.log; exit 1; }

build: configure
	cmake --build $(BUILD) -j$(JOBS)

# Compile the shipped specs, run the AOT and JIT examples against the
# reference, and show the kernels' speed against this machine's ceilings.
demo: build
	@bash scripts/demo.sh $(BUILD)

# The whole test suite (Check suites, goldens, drift tests) through ctest.
check: build
	cd $(BUILD) && ctest --output-on-failure -j$(JOBS)

# attncc-bench: ceilings, kernels and the OpenBLAS baseline in one run.
# `make bench JSON=1` prints one JSON object per line.
bench: build
	$(BUILD)/bin/attncc-bench $(BENCH_ARGS)

# Rewrites generated/ (headers and IR of every spec) from the current compiler.
generated: build
	bash scripts/generate.sh $(BUILD)/bin/attncc generated

# Rewrites docs/spec.md and docs/spec.schema.json from the schema table.
docs: build
	cmake --build $(BUILD) --target spec_docs

clean:
	rm -rf $(BUILD) $(BUILD).configure.log
