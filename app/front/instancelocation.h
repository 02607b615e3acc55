#pragma once

#include <QString>

#include <optional>

namespace glance {

// Where the running app of this user's desktop session listens, and the lock that makes it the
// only one. Both live in a folder only the user can enter: the user's runtime folder
// ($XDG_RUNTIME_DIR/glance-launcher); without a usable one, $XDG_CACHE_HOME/
// glance-launcher-runtime; where the home is read-only, /tmp/glance-launcher-<uid>. Each is made
// and checked as the user's own. The names are per desktop session (display), so two sessions
// of one user each have their own app.
struct InstanceLocation
{
    QString folder;
    QString socketPath;
    QString lockPath;

    // nullopt, with why in *error, when no private folder can be had.
    static std::optional<InstanceLocation> forThisSession(QString *error = nullptr);

    // The desktop session this process belongs to, as a short name: from $DISPLAY (without
    // its screen number) and $WAYLAND_DISPLAY.
    static QString sessionName();
};

} // namespace glance
