#!/usr/bin/env bash
# run-fuzzers.sh BUILD_DIR SECONDS
# Runs every fuzzer of BUILD_DIR (a GLANCE_FUZZ build) for SECONDS, two at a time, each on a
# scratch copy of its seed corpus, so that the committed corpus never grows. Exits 1 when one
# found a crash, a leak, a timeout, too much memory or a broken property, naming the
# reproducers; 2 on misuse. What a run leaves (corpus, reproducers, log) stays in
# BUILD_DIR/fuzz-runs/<date-time>/<target>/.
set -euo pipefail

usage() {
    echo "usage: $0 BUILD_DIR SECONDS" >&2
    exit 2
}
[[ $# -eq 2 && $2 =~ ^[0-9]+$ && $2 -gt 0 ]] || usage
[[ -d $1 ]] || usage
build=$(cd "$1" && pwd)
seconds=$2
here=$(cd "$(dirname "$0")" && pwd)
parallel=2

targets=()
for corpus in "$here"/corpus/*/; do
    target=$(basename "$corpus")
    if [[ ! -x $build/fuzz/$target ]]; then
        echo "no $build/fuzz/$target: cmake --build $1 --target glance_fuzzers" >&2
        exit 2
    fi
    targets+=("$target")
done

runs=$build/fuzz-runs/$(date +%Y%m%d-%H%M%S)
mkdir -p "$runs"

fuzz() {
    local target=$1
    local dir=$runs/$target
    mkdir -p "$dir/corpus" "$dir/artifacts" "$dir/tmp"
    cp -R "$here/corpus/$target/." "$dir/corpus/"
    local status=0
    # TMPDIR: where fuzz_settings writes its files, so that a crash leaves them here.
    TMPDIR=$dir/tmp UBSAN_OPTIONS=print_stacktrace=1 "$build/fuzz/$target" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$dir/artifacts/" "$dir/corpus" >"$dir/log" 2>&1 || status=$?
    echo "$status" >"$dir/status"
}

echo "fuzzing ${#targets[@]} targets for ${seconds}s each, $parallel at a time, in $runs"
running=0
for target in "${targets[@]}"; do
    if ((running >= parallel)); then
        wait -n
        running=$((running - 1))
    fi
    fuzz "$target" &
    running=$((running + 1))
done
wait

failed=0
for target in "${targets[@]}"; do
    dir=$runs/$target
    status=$(cat "$dir/status")
    # slow-unit-* only says an input took long; every other artifact is a finding.
    mapfile -t reproducers < <(find "$dir/artifacts" -type f ! -name 'slow-unit-*' | sort)
    done_line=$(grep -E '^#[0-9]+[[:space:]]+DONE' "$dir/log" | tail -n 1 || true)
    if [[ $status != 0 || ${#reproducers[@]} -gt 0 ]]; then
        failed=1
        reason=$(grep -m 1 -E 'property violated|ERROR: |SUMMARY: ' "$dir/log" || true)
        echo "FAIL $target (exit $status): ${reason:-see the log}"
        for reproducer in "${reproducers[@]}"; do
            echo "     reproducer: $reproducer"
            echo "     replay:     $build/fuzz/$target $reproducer"
        done
        echo "     log:        $dir/log"
    else
        echo "ok   $target: ${done_line#*DONE }"
    fi
done
exit "$failed"
