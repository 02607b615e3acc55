#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// A reader of desktop entries written from the Desktop Entry Specification 1.5 alone, to check
// what the app writes against the rules rather than against the writer's own idea of them.
namespace glance::test {

// What the field codes %i, %c and %k of an Exec value stand for.
struct ExecFieldValues
{
    QString icon;     // %i: the arguments "--icon" and this; none when empty
    QString name;     // %c: the translated Name
    QString location; // %k: where the desktop file is
};

// The value of a string, localestring or iconstring key with the escapes \s \n \t \r \\ undone.
// std::nullopt for any other backslash sequence, or a backslash at the end.
std::optional<QString> unescapeDesktopString(const QString &value);

// The program and arguments that a launcher runs for the Exec value `value`, as it stands in the
// file (string escapes still in), when it has no files or URLs to open: the string escapes are
// undone, the command line is split at spaces into arguments, quoted arguments lose their quotes
// and backslashes, and then the field codes are expanded (%% is a literal %; %f %F %u %U and the
// deprecated %d %D %n %N %v %m are removed; an unquoted argument left empty by that is dropped).
//
// std::nullopt for a value the specification calls invalid or undefined: no program; a program
// holding '=' or a field code; a reserved character outside double quotes; an argument quoted
// only in part; an unterminated quote; inside quotes, a backslash before anything but " ` $ \ or
// an unescaped " ` $; a control character; a '%' not starting %% or a listed field code; a field
// code inside quotes; %F, %U or %i not standing alone; more than one of %f %F %u %U.
std::optional<QStringList> parseDesktopExec(const QString &value,
                                            const ExecFieldValues &fields = {});

// The groups of a desktop entry file and their keys, with the values as they stand (escapes
// still in). Comments and blank lines are skipped; spaces around '=' are dropped.
using DesktopFileGroups = QMap<QString, QMap<QString, QString>>;

// std::nullopt when the file is not UTF-8, a line is neither a comment, a group header nor a
// Key=Value entry, a key comes before the first group or twice in a group, or a group twice.
std::optional<DesktopFileGroups> readDesktopFile(const QByteArray &contents);

} // namespace glance::test
