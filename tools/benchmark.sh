#!/usr/bin/env bash
# The benchmark: glance-launcher against bare Qt programs doing the least the same job needs.
#   tools/benchmark.sh [ROUNDS]   (after tools/quickstart.sh, which installs what it needs)
# Builds the app and the floors in build/ (or GLANCE_BUILD_DIR) and prints a table of medians
# and ratios. Not part of the tests: it passes or fails nothing, it measures. Run it on an
# otherwise idle machine.
set -euo pipefail

cd "$(dirname "$0")/.."
build=${GLANCE_BUILD_DIR:-$PWD/build}
rounds=${1:-20}

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --target glance_benchmarks glance-launcher-tray >/dev/null
exec "$build/tests/benchmarks/bench_startup" --rounds "$rounds"
