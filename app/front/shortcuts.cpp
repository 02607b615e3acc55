#include "shortcuts.h"

#include "appinfo.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace glance {

namespace {

QString shortcutName(const ShortcutTarget &target)
{
    switch (target.action) {
    case Request::Action::Join:
        return target.sessionKey
                   ? QCoreApplication::translate("glance::Shortcuts", "Join Glance session %1")
                         .arg(target.sessionKey->toString())
                   : QCoreApplication::translate("glance::Shortcuts", "Join a Glance session");
    case Request::Action::OpenJoinPage:
        return QCoreApplication::translate("glance::Shortcuts", "Glance join page");
    case Request::Action::AccountSummary:
        return QCoreApplication::translate("glance::Shortcuts", "Glance account summary");
    case Request::Action::LoginKey:
        return QCoreApplication::translate("glance::Shortcuts", "Glance login key");
    case Request::Action::SsoTroubleshooting:
        return QCoreApplication::translate("glance::Shortcuts", "Glance SSO troubleshooting");
    case Request::Action::ShowSettings:
        return QCoreApplication::translate("glance::Shortcuts", "Glance Launcher settings");
    case Request::Action::ShowDialog:
    case Request::Action::Start:
    case Request::Action::Quit:
        break;
    }
    return QCoreApplication::translate("glance::Shortcuts", "Join a Glance session");
}

} // namespace

QStringList shortcutCommandLine(const ShortcutTarget &target, const QString &program)
{
    if (target.action == Request::Action::Join && target.sessionKey) {
        return {program, QStringLiteral("--join"), target.sessionKey->toString()};
    }
    const Request::Action action =
        target.action == Request::Action::Join ? Request::Action::ShowDialog : target.action;
    return {program, QStringLiteral("--") + Request::commandWord(action)};
}

DesktopEntry desktopShortcut(const ShortcutTarget &target, const QString &program)
{
    DesktopEntry entry;
    entry.name = shortcutName(target);
    entry.comment = QCoreApplication::translate("glance::Shortcuts", "A Glance Launcher shortcut");
    entry.icon = QLatin1String(AppId);
    entry.arguments = shortcutCommandLine(target, program);
    return entry;
}

QString shortcutFileName(const ShortcutTarget &target)
{
    QString name = QStringLiteral("glance-launcher-");
    if (target.action == Request::Action::Join && target.sessionKey) {
        // Keys are letters, digits, '-', '_' and '.': safe in a file name.
        name += QStringLiteral("join-") + target.sessionKey->toString();
    } else {
        name += Request::commandWord(
            target.action == Request::Action::Join ? Request::Action::ShowDialog : target.action);
    }
    return name + QStringLiteral(".desktop");
}

Autostart::Autostart()
    : Autostart(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
                QStringLiteral("/autostart/") + QLatin1String(AppId) + QStringLiteral(".desktop"))
{}

Autostart::Autostart(QString file)
    : m_file(std::move(file))
{}

bool Autostart::isEnabled() const
{
    QFile entry(m_file);
    if (!QFileInfo(m_file).isFile() || !entry.open(QIODevice::ReadOnly)) {
        return false;
    }
    // Desktops turn an autostart entry off by marking it rather than removing it.
    for (const QByteArray &line : entry.readAll().split('\n')) {
        const QByteArray setting = line.trimmed().replace(' ', "");
        if (setting == "Hidden=true" || setting == "X-GNOME-Autostart-enabled=false") {
            return false;
        }
    }
    return true;
}

std::optional<QString> Autostart::enable(const QString &program)
{
    DesktopEntry entry;
    entry.name = QCoreApplication::translate("glance::Shortcuts", "Glance Launcher");
    entry.comment = QCoreApplication::translate("glance::Shortcuts",
                                                "Puts Glance Launcher in the system tray at login");
    entry.icon = QLatin1String(AppId);
    entry.arguments = {program};
    entry.extraKeys = {{QStringLiteral("X-GNOME-Autostart-enabled"), QStringLiteral("true")}};
    return writeDesktopEntry(entry, m_file, false);
}

std::optional<QString> Autostart::disable()
{
    if (QFileInfo::exists(m_file) && !QFile::remove(m_file)) {
        return QCoreApplication::translate("glance::Shortcuts", "Could not remove %1.").arg(m_file);
    }
    return std::nullopt;
}

} // namespace glance
