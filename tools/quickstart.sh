#!/usr/bin/env bash
# The README's quick start, on Debian 12 as root:
#   tools/quickstart.sh start   install what is missing, build, start the app
#   tools/quickstart.sh test    install what is missing, build, run every test: the suites,
#                               again built with sanitizers, and each fuzzer for
#                               GLANCE_FUZZ_SECONDS (30)
set -euo pipefail

cd "$(dirname "$0")/.."
top=$PWD
build=${GLANCE_BUILD_DIR:-$top/build}
fuzz_seconds=${GLANCE_FUZZ_SECONDS:-30}

packages=(
    # building
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n qt6-svg-dev libgl-dev
    # running: the X11 platform plugin, and a virtual desktop with a system tray where no
    # display is
    qt6-qpa-plugins libqt6svg6 xvfb xauth trayer x11-utils fonts-dejavu-core
    # tests and tools/screenshots.sh: an X server for the process tests, clicks, keys and the
    # clipboard, screenshots; xdg-open, which opens links
    xdotool xclip imagemagick xdg-utils
    # tests of desktop entries and packaging: the validators, GLib's launcher (gio), the
    # manual page formatter, and dpkg-shlibdeps for the Debian package's dependencies
    desktop-file-utils libglib2.0-bin appstream groff-base dpkg-dev
    # the end-to-end tests: a real browser
    chromium
    # fuzzing: Clang and its libFuzzer runtime
    clang libclang-rt-14-dev
    # tools/benchmark.sh, built with the tests: it watches the tray over X
    libxcb1-dev
)

log() { printf '\033[1m==> %s\033[0m\n' "$*"; }

install_missing() {
    local missing=()
    for package in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" ||
            missing+=("$package")
    done
    if ((${#missing[@]} == 0)); then
        return
    fi
    log "installing ${missing[*]}"
    if [[ $(id -u) != 0 ]]; then
        echo "run this as root, or install these first: ${missing[*]}" >&2
        exit 1
    fi
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
}

build_project() {
    log "building in $build"
    cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    cmake --build "$build" --parallel "$(nproc)"
}

# Starts a virtual X display with a system tray, for machines without a desktop. Xvfb picks a
# display number nobody uses (-displayfd), abstract sockets included.
start_virtual_desktop() {
    local number_file=$build/xvfb.display
    rm -f "$number_file"
    setsid Xvfb -displayfd 3 -noreset -screen 0 1280x800x24 -nolisten tcp \
        3>"$number_file" >"$build/xvfb.log" 2>&1 &
    local xvfb=$!
    for _ in $(seq 100); do
        [[ -s $number_file ]] && break
        sleep 0.1
    done
    if ! kill -0 "$xvfb" 2>/dev/null || [[ ! -s $number_file ]]; then
        echo "Xvfb did not start; its log:" >&2
        cat "$build/xvfb.log" >&2
        exit 1
    fi
    export DISPLAY=:$(tr -d '[:space:]' <"$number_file")
    setsid trayer --edge top --align right --widthtype pixel --width 240 --height 28 \
        --tint 0x303030 --transparent true --alpha 0 >"$build/trayer.log" 2>&1 &
    local trayer=$!
    sleep 1
    if ! kill -0 "$trayer" 2>/dev/null; then
        echo "trayer (the system tray) did not start; its log:" >&2
        cat "$build/trayer.log" >&2
        exit 1
    fi
    virtual_desktop=1
    desktop_pids="$xvfb $trayer"
}

start_app() {
    virtual_desktop=0
    desktop_pids=""
    if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]]; then
        log "no display: starting a virtual desktop with a system tray (Xvfb and trayer)"
        start_virtual_desktop
    fi
    log "starting glance-launcher on ${WAYLAND_DISPLAY:-$DISPLAY}"
    QT_LOGGING_RULES="glance.tray.info=true" setsid "$build/bin/glance-launcher" \
        >"$build/glance-launcher.log" 2>&1 &
    local pid=$!
    sleep 2
    if ! kill -0 "$pid" 2>/dev/null; then
        echo "glance-launcher stopped at once; its log:" >&2
        cat "$build/glance-launcher.log" >&2
        exit 1
    fi
    if grep -q "tray icon shown" "$build/glance-launcher.log"; then
        echo "glance-launcher is running (pid $pid), its icon is in the system tray."
    else
        echo "glance-launcher is running (pid $pid). There is no system tray on this desktop,"
        echo "so its session-key dialog is shown as a window."
    fi
    if ((virtual_desktop)); then
        import -display "$DISPLAY" -window root "$build/quickstart.png" 2>/dev/null || true
        echo "The virtual desktop is DISPLAY=$DISPLAY; a screenshot is in $build/quickstart.png."
        echo "Try:  DISPLAY=$DISPLAY $build/bin/glance-launcher --dialog"
    fi
    echo "Print a link:  $build/bin/glance-launcher --print --join 1234 --idpid 12345 --name \"User Name\""
    echo "Stop it:       kill $pid $desktop_pids"
}

# Every suite runs even when one before it failed; the exit status says whether all passed.
run_tests() {
    local failed=()
    log "running every test"
    ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)" --timeout 300 ||
        failed+=("tests")

    local sanitized=$build-sanitize
    log "the unit, widgets and process suites built with AddressSanitizer and UBSan, in $sanitized"
    cmake -S "$top" -B "$sanitized" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DGLANCE_SANITIZE=ON >/dev/null
    cmake --build "$sanitized" --parallel "$(nproc)"
    ctest --test-dir "$sanitized" -L "unit|widgets|process" --output-on-failure \
        --parallel "$(nproc)" --timeout 300 || failed+=("sanitizers")

    local fuzzing=$build-fuzz
    log "fuzzing, ${fuzz_seconds}s per target, in $fuzzing"
    cmake -S "$top" -B "$fuzzing" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_COMPILER=clang++ -DGLANCE_FUZZ=ON -DGLANCE_BUILD_TESTS=OFF >/dev/null
    cmake --build "$fuzzing" --parallel "$(nproc)" --target glance_fuzzers
    ctest --test-dir "$fuzzing" -L fuzz --output-on-failure || failed+=("fuzz seeds")
    tests/fuzz/run-fuzzers.sh "$fuzzing" "$fuzz_seconds" || failed+=("fuzzing")

    if ((${#failed[@]} > 0)); then
        echo "FAILED: ${failed[*]}" >&2
        exit 1
    fi
    log "every test passed"
}

case ${1:-} in
start)
    install_missing
    build_project
    start_app
    ;;
test)
    install_missing
    build_project
    run_tests
    ;;
*)
    echo "usage: $0 start|test" >&2
    exit 2
    ;;
esac
