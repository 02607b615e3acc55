#!/usr/bin/env bash
# Takes the README's screenshots under Xvfb with a real system tray (trayer):
#   tools/screenshots.sh [BUILD_DIR]   writes docs/images/*.png
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
out=docs/images
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

export XDG_CONFIG_HOME=$work/config XDG_CONFIG_DIRS=$work/etc-xdg
export XDG_RUNTIME_DIR=$work/runtime XDG_DATA_HOME=$work/data XDG_DATA_DIRS=$work/data
mkdir -m 700 -p "$XDG_RUNTIME_DIR" "$XDG_CONFIG_HOME/glance-launcher"
cat >"$XDG_CONFIG_HOME/glance-launcher/glance-launcher.conf" <<'CONF'
[identity]
name=Agnes Agent
email=agnes@example.com
phone=(111)222-3333
[account]
selector=idpid
value=12345
CONF

# Xvfb picks a free display itself.
Xvfb -displayfd 3 -noreset -screen 0 1024x600x24 -nolisten tcp 3>"$work/display" &
for _ in $(seq 100); do
    [[ -s $work/display ]] && break
    sleep 0.1
done
export DISPLAY=:$(tr -d '[:space:]' <"$work/display")
xsetroot -solid '#3a6ea5' 2>/dev/null || true
trayer --edge top --align right --widthtype pixel --width 160 --height 28 --tint 0x303030 \
    --transparent true --alpha 0 &
sleep 1
export BROWSER=true
"$build/bin/glance-launcher" &
sleep 2
# A session joined before, and a key on the clipboard, as an agent's day goes.
"$build/bin/glance-launcher" --join 4711
printf '12 34' | xclip -selection clipboard
sleep 0.5

# The tray icon is the rightmost thing on the top edge.
xdotool mousemove 1010 14 click 3
sleep 0.8
import -window root "$work/menu.png"
convert "$work/menu.png" -crop 330x260+694+0 +repage "$out/tray-menu.png"
xdotool key Escape
sleep 0.3

xdotool mousemove 1010 14 click 1
sleep 0.8
window=$(xdotool search --name 'Join a Glance session' | head -1)
import -window "$window" -frame "$out/session-dialog.png"
echo "wrote $out/tray-menu.png and $out/session-dialog.png"
