#!/bin/bash
# test-package.sh BUILD_DIR APP_ID
# Builds the Debian package from the build tree, checks that dpkg-shlibdeps computed its
# dependencies, unpacks it into a scratch root and runs the program from there; then does the
# same for a plain `cmake --install` into another prefix.
set -euo pipefail
build=$1
app_id=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
expected='https://www.glance.net/agentjoin/AgentView.aspx?idpid=12345&SessionKey=1234&name=User+Name'

# A home of the test's own, so that no settings of the machine's user count.
export HOME=$work/home XDG_CONFIG_HOME=$work/home/config XDG_CONFIG_DIRS=$work/home/etc-xdg
mkdir -p "$HOME"

check_tree() { # check_tree ROOT PREFIX
    local root=$1 prefix=$2
    local program=$root$prefix/bin/glance-launcher
    [[ -x $program ]] || fail "no $program"
    local printed
    printed=$("$program" --print --join 1234 --idpid 12345 --name "User Name")
    [[ $printed == "$expected" ]] || fail "printed $printed"
    # The tray module is found from the installed program: opening a link loads it, and the
    # offscreen platform, which cannot open links, answers with exit code 1 and the link.
    local status=0
    QT_QPA_PLATFORM=offscreen "$program" --join 1234 2>"$work/err" || status=$?
    [[ $status == 1 ]] && grep -q "could not open the link" "$work/err" ||
        fail "the tray module was not loaded: status $status, $(cat "$work/err")"
    local share=$root$prefix/share
    desktop-file-validate "$share/applications/$app_id.desktop" || fail "desktop entry"
    grep -q '^Actions=join;agent-join;account-summary;login-key;sso-test;settings;$' \
        "$share/applications/$app_id.desktop" || fail "the menu entry has no actions"
    appstreamcli validate --no-net "$share/metainfo/$app_id.metainfo.xml" >"$work/as" ||
        fail "metainfo: $(cat "$work/as")"
    for size in 16 22 24 32 48 64 128 256; do
        [[ -f $share/icons/hicolor/${size}x${size}/apps/$app_id.png ]] || fail "no ${size}px icon"
    done
    [[ -f $share/icons/hicolor/scalable/apps/$app_id.svg ]] || fail "no scalable icon"
    [[ -f $share/icons/hicolor/symbolic/apps/$app_id-symbolic.svg ]] || fail "no symbolic icon"
    [[ -f $share/man/man1/glance-launcher.1.gz ]] || fail "no manual page"
    [[ -f $share/doc/glance-launcher/copyright && -f $share/doc/glance-launcher/changelog.gz ]] ||
        fail "no copyright or changelog"
    [[ -f $share/doc/glance-launcher/examples/glance-launcher.conf ]] || fail "no example"
}

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/package" >"$work/cpack.log" 2>&1 ||
    fail "cpack: $(cat "$work/cpack.log")"
deb=$(ls "$work"/package/*.deb)
depends=$(dpkg-deb --field "$deb" Depends)
for library in libqt6core6 libqt6gui6 libqt6widgets6 libc6; do
    [[ $depends == *"$library "* ]] || fail "Depends lacks $library: $depends"
done
# The socket between launches and the app is plain POSIX: no Qt Network, nor what it pulls in.
[[ $depends != *libqt6network6* ]] || fail "Depends holds libqt6network6: $depends"
dpkg-deb --extract "$deb" "$work/root"
check_tree "$work/root" /usr

cmake --install "$build" --prefix "$work/prefix" >/dev/null
check_tree "$work/prefix" ""
echo "the package and an installation into a prefix both work"
