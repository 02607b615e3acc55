#!/bin/sh
# run-isolated.sh HOME COMMAND [ARGS...]
# Runs a test with a fresh, empty home and XDG folders of its own, so that no test reads or
# writes the user's settings, sockets or desktop, nor what an earlier run left behind.
# XDG_DATA_DIRS is empty too, so xdg-open finds no browser but $BROWSER. The runtime folder is
# a short one in /tmp: socket paths must fit 108 bytes, however deep the build folder is.
set -eu
home=$1
shift
rm -rf "$home"
mkdir -p "$home/config" "$home/etc-xdg" "$home/data" "$home/data-dirs" "$home/state" \
    "$home/cache" "$home/Desktop"
runtime=$(mktemp -d /tmp/glance-test.XXXXXX)
chmod 700 "$runtime"
trap 'rm -rf "$runtime"' EXIT
export HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_CONFIG_DIRS="$home/etc-xdg" \
    XDG_DATA_HOME="$home/data" XDG_DATA_DIRS="$home/data-dirs" XDG_STATE_HOME="$home/state" \
    XDG_CACHE_HOME="$home/cache" XDG_RUNTIME_DIR="$runtime" XDG_DESKTOP_DIR="$home/Desktop"
"$@"
