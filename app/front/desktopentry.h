#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

// Desktop entries (.desktop files) for desktop shortcuts and the autostart entry, written by the
// Desktop Entry Specification: https://specifications.freedesktop.org/desktop-entry-spec/
namespace glance {

// The value of an Exec key, ready to write after "Exec=", that makes a launcher following the
// specification run exactly `arguments`: arguments[0] is the program (an absolute path, or a
// name looked up in $PATH), the rest its arguments. Arguments holding a reserved character, and
// empty ones, are quoted; a '%' is written "%%"; then the string escapes are applied, so a
// literal backslash in a quoted argument is written as four backslashes.
//
// Returns an empty string when the command line cannot be written: no arguments, an empty
// program, a program holding '=' (which the specification forbids there), or any argument
// holding a control character (a line break, tab, ...) or text that is not valid UTF-16. Exec is
// a string value, which may not hold control characters; there is no quoting for them.
QString desktopExecLine(const QStringList &arguments);

// `text` as the value of a string, localestring or iconstring key (Name=, Comment=, Icon=): a
// backslash, line break, tab and carriage return are escaped, and so is a space at either end,
// which a reader would otherwise trim. Returns an empty string when `text` holds another control
// character or text that is not valid UTF-16, for which there is no escape.
QString desktopStringValue(const QString &text);

// An application entry: a desktop shortcut or the autostart entry.
struct DesktopEntry
{
    QString name;    // Name=, required
    QString comment; // Comment=, left out when empty
    QString icon;    // Icon=: an icon theme name or an absolute path; left out when empty
    // Exec=: the program, then its arguments, exactly as the program is to receive them.
    QStringList arguments;
    // Further keys, written after the standard ones in this order, for example
    // {"X-GNOME-Autostart-enabled", "true"}. Values are plain text, escaped when written.
    QList<std::pair<QString, QString>> extraKeys;

    // Why this entry cannot be written, for the user; empty when it can.
    QString problem() const;

    // The file, in UTF-8: the [Desktop Entry] group with Type=Application, Version, Name,
    // Comment, Exec, Icon, Terminal=false and the extra keys. Empty when problem() is not.
    QByteArray toFileContents() const;
};

// Writes `entry` to `path` atomically (the old file stays whole until the new one is complete),
// creating the folder when it is missing, with permissions 0755 when `executable` (as some
// desktops want for a launcher on the desktop) and 0644 otherwise. Returns why it failed, for the
// user, or std::nullopt when the file was written.
std::optional<QString> writeDesktopEntry(const DesktopEntry &entry, const QString &path,
                                         bool executable);

} // namespace glance
