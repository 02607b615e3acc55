#pragma once

#include "core/sessionkey.h"
#include "desktopentry.h"
#include "request.h"

#include <optional>

namespace glance {

// What a desktop shortcut does: one of the command line's actions, or joining one fixed session.
struct ShortcutTarget
{
    Request::Action action = Request::Action::ShowDialog;
    std::optional<SessionKey> sessionKey; // for Join
};

// The shortcut's command line: program, then the action's option, as a person would type it.
QStringList shortcutCommandLine(const ShortcutTarget &target, const QString &program);

// A desktop shortcut, each just its command line, handed to the running app like any other
// launch.
DesktopEntry desktopShortcut(const ShortcutTarget &target, const QString &program);

// "glance-launcher-agent-join.desktop", "glance-launcher-join-1234.desktop".
QString shortcutFileName(const ShortcutTarget &target);

// The user's autostart entry ($XDG_CONFIG_HOME/autostart/<app id>.desktop), which starts the app
// at login. Whether it exists is the setting; nothing else records it.
class Autostart
{
public:
    Autostart();
    explicit Autostart(QString file);

    bool isEnabled() const;
    // Both return why they failed, or std::nullopt.
    std::optional<QString> enable(const QString &program);
    std::optional<QString> disable();

    const QString &file() const { return m_file; }

private:
    QString m_file;
};

} // namespace glance
