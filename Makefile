# Thin entry points: install what is missing (Debian 12, as root), configure, build, run.
#   make demo   – build and run `faultline demo` on the embedded Musk–Trump scenario
#   make test   – build and run the whole suite: lint, release build, ASan+UBSan build, browser test
#   make bench  – build and run the benchmarks        make fuzz – run the libFuzzer target for a while
BUILD_DIR   ?= build
JOBS        ?= $(shell nproc)
FUZZ_SECONDS ?= 60
PACKAGES := build-essential cmake pkg-config libyaml-cpp-dev nlohmann-json3-dev libcli11-dev libfmt-dev \
            libgtest-dev libgmock-dev libbenchmark-dev libglpk-dev libeigen3-dev clang clang-format libclang-rt-14-dev \
            libcpp-httplib-dev chromium $(if $(shell command -v node),,nodejs) $(if $(shell command -v npm),,npm)

RELEASE := $(BUILD_DIR)/release
ASAN    := $(BUILD_DIR)/asan
FUZZ    := $(BUILD_DIR)/fuzz
SOURCES  = $(shell git ls-files '*.cpp' '*.hpp' 2>/dev/null)

.PHONY: deps demo build test lint test-release test-asan test-browser bench fuzz format clean

deps:
	@missing=$$(for p in $(PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "installing:" $$missing; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	fi

build: deps
	cmake -S . -B $(RELEASE) -DCMAKE_BUILD_TYPE=Release -DFAULTLINE_BENCH=ON >/dev/null
	cmake --build $(RELEASE) -j $(JOBS)

demo: deps
	cmake -S . -B $(RELEASE) -DCMAKE_BUILD_TYPE=Release -DFAULTLINE_BENCH=ON >/dev/null
	cmake --build $(RELEASE) -j $(JOBS) --target faultline
	$(RELEASE)/faultline demo

lint: deps
	clang-format --dry-run --Werror $(SOURCES)

test-release: build
	ctest --test-dir $(RELEASE) --output-on-failure -j $(JOBS)

test-asan: deps
	cmake -S . -B $(ASAN) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFAULTLINE_SANITIZE=ON >/dev/null
	cmake --build $(ASAN) -j $(JOBS)
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  ctest --test-dir $(ASAN) --output-on-failure -j $(JOBS)

# The web UI in a real browser: Debian's chromium, headless, driven by playwright-core (tests/browser); the
# screenshots land in $(BUILD_DIR)/browser for people to look at.
test-browser: deps
	cmake -S . -B $(RELEASE) -DCMAKE_BUILD_TYPE=Release -DFAULTLINE_BENCH=ON >/dev/null
	cmake --build $(RELEASE) -j $(JOBS) --target faultline
	cd tests/browser && npm ci --no-audit --no-fund
	tests/browser/run_with_server.sh $(RELEASE)/faultline $(BUILD_DIR)/browser

test: lint test-release test-asan test-browser

bench: build
	$(RELEASE)/bench/faultline_bench

fuzz: deps
	CXX=clang++ cmake -S . -B $(FUZZ) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFAULTLINE_FUZZ=ON -DFAULTLINE_TESTS=OFF >/dev/null
	cmake --build $(FUZZ) -j $(JOBS) --target scenario_parser_fuzz
	mkdir -p $(FUZZ)/corpus && $(FUZZ)/fuzz/scenario_parser_fuzz $(FUZZ)/corpus fuzz/corpus \
	  -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=2048

format:
	clang-format -i $(SOURCES)

clean:
	rm -rf $(BUILD_DIR)
