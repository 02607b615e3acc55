#include "desktopentry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

#include <algorithm>

namespace glance {

using namespace Qt::StringLiterals;

namespace {

// The entries use nothing newer than version 1.4 of the specification (1.5 only added the
// SingleMainWindow key), and desktop-file-validate before 0.27 (Debian 12 has 0.26) refuses
// "1.5" as an unknown version.
constexpr auto SpecVersion = "1.4";

// The specification's reserved characters: an argument holding one must be quoted.
bool isReserved(QChar c)
{
    return QStringView(u" \t\n\"'\\><~|&;$*?#()`").contains(c);
}

// Inside double quotes these four take a backslash.
bool needsBackslashInQuotes(QChar c)
{
    return c == u'"' || c == u'`' || c == u'$' || c == u'\\';
}

bool isControl(QChar c)
{
    return c.category() == QChar::Other_Control;
}

bool holdsControlOrBrokenText(const QString &text)
{
    return !text.isValidUtf16() || std::any_of(text.cbegin(), text.cend(), isControl);
}

QString execArgument(const QString &argument)
{
    const bool quote =
        argument.isEmpty() || std::any_of(argument.cbegin(), argument.cend(), isReserved);
    QString written;
    written.reserve(argument.size() + 2);
    if (quote) {
        written += u'"';
    }
    for (const QChar c : argument) {
        if (quote && needsBackslashInQuotes(c)) {
            written += u'\\';
        }
        written += c;
        if (c == u'%') {
            written += u'%';
        }
    }
    if (quote) {
        written += u'"';
    }
    return written;
}

// Why `arguments` cannot be an Exec value, for the user; empty when they can.
QString execRefusal(const QStringList &arguments)
{
    if (arguments.isEmpty() || arguments.constFirst().isEmpty()) {
        return QCoreApplication::translate("glance::DesktopEntry",
                                           "The desktop entry has no program to run.");
    }
    if (std::any_of(arguments.cbegin(), arguments.cend(), holdsControlOrBrokenText)) {
        return QCoreApplication::translate(
            "glance::DesktopEntry",
            "A desktop entry cannot pass a line break, a tab or another control character "
            "to a program.");
    }
    if (arguments.constFirst().contains(u'=')) {
        return QCoreApplication::translate(
                   "glance::DesktopEntry",
                   "A desktop entry cannot run a program whose path holds '=': %1")
            .arg(arguments.constFirst());
    }
    return {};
}

bool isValidKey(const QString &key)
{
    return !key.isEmpty() && std::all_of(key.cbegin(), key.cend(), [](QChar c) {
        return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') ||
               c == u'-';
    });
}

// Text a string value can hold, escaped or not.
bool isWritableText(const QString &text)
{
    return text.isEmpty() || !desktopStringValue(text).isEmpty();
}

} // namespace

QString desktopExecLine(const QStringList &arguments)
{
    if (!execRefusal(arguments).isEmpty()) {
        return {};
    }
    QStringList written;
    written.reserve(arguments.size());
    for (const QString &argument : arguments) {
        written.append(execArgument(argument));
    }
    // The string escapes are undone before the quoting, so they go on last.
    return desktopStringValue(written.join(u' '));
}

QString desktopStringValue(const QString &text)
{
    if (!text.isValidUtf16()) {
        return {};
    }
    QString value;
    value.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case u'\\':
            value += u"\\\\"_s;
            break;
        case u'\n':
            value += u"\\n"_s;
            break;
        case u'\t':
            value += u"\\t"_s;
            break;
        case u'\r':
            value += u"\\r"_s;
            break;
        case u' ':
            // Readers drop the spaces around '=' and may drop those at the end of the line.
            value += (i == 0 || i == text.size() - 1) ? u"\\s"_s : u" "_s;
            break;
        default:
            if (isControl(c)) {
                return {};
            }
            value += c;
        }
    }
    return value;
}

QString DesktopEntry::problem() const
{
    if (name.trimmed().isEmpty()) {
        return QCoreApplication::translate("glance::DesktopEntry",
                                           "The desktop entry has no name.");
    }
    const auto controlIn = [](const QString &key) {
        return QCoreApplication::translate(
                   "glance::DesktopEntry",
                   "The %1 of the desktop entry holds a control character, which the file "
                   "cannot hold.")
            .arg(key);
    };
    if (!isWritableText(name)) {
        return controlIn(u"Name"_s);
    }
    if (!isWritableText(comment)) {
        return controlIn(u"Comment"_s);
    }
    if (!isWritableText(icon)) {
        return controlIn(u"Icon"_s);
    }
    if (const QString refusal = execRefusal(arguments); !refusal.isEmpty()) {
        return refusal;
    }
    QSet<QString> keys{u"Type"_s, u"Version"_s, u"Name"_s,    u"Comment"_s,
                       u"Exec"_s, u"Icon"_s,    u"Terminal"_s};
    for (const auto &[key, value] : extraKeys) {
        if (!isValidKey(key)) {
            return QCoreApplication::translate(
                       "glance::DesktopEntry",
                       "'%1' is not a valid desktop entry key: only the letters A-Z and a-z, "
                       "digits and '-' are allowed.")
                .arg(key);
        }
        if (keys.contains(key)) {
            return QCoreApplication::translate("glance::DesktopEntry",
                                               "The desktop entry has the key %1 twice.")
                .arg(key);
        }
        keys.insert(key);
        if (!isWritableText(value)) {
            return controlIn(key);
        }
    }
    return {};
}

QByteArray DesktopEntry::toFileContents() const
{
    if (!problem().isEmpty()) {
        return {};
    }
    QString text = u"[Desktop Entry]\nType=Application\nVersion="_s + QLatin1String(SpecVersion) +
                   u"\nName="_s + desktopStringValue(name) + u'\n';
    if (!comment.isEmpty()) {
        text += u"Comment="_s + desktopStringValue(comment) + u'\n';
    }
    text += u"Exec="_s + desktopExecLine(arguments) + u'\n';
    if (!icon.isEmpty()) {
        text += u"Icon="_s + desktopStringValue(icon) + u'\n';
    }
    text += u"Terminal=false\n"_s;
    for (const auto &[key, value] : extraKeys) {
        text += key + u'=' + desktopStringValue(value) + u'\n';
    }
    return text.toUtf8();
}

std::optional<QString> writeDesktopEntry(const DesktopEntry &entry, const QString &path,
                                         bool executable)
{
    if (const QString problem = entry.problem(); !problem.isEmpty()) {
        return problem;
    }
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        return QCoreApplication::translate("glance::DesktopEntry",
                                           "Could not create the folder %1.")
            .arg(QDir::toNativeSeparators(folder));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return QCoreApplication::translate("glance::DesktopEntry", "Could not write %1: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    }
    QFileDevice::Permissions permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                           QFileDevice::ReadGroup | QFileDevice::ReadOther;
    if (executable) {
        permissions |= QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
    }
    // Set on the temporary file, so that the entry never shows with other permissions.
    if (!file.setPermissions(permissions)) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return QCoreApplication::translate("glance::DesktopEntry",
                                           "Could not set the permissions of %1: %2")
            .arg(QDir::toNativeSeparators(path), reason);
    }
    const QByteArray contents = entry.toFileContents();
    if (file.write(contents) != contents.size() || !file.commit()) {
        return QCoreApplication::translate("glance::DesktopEntry", "Could not write %1: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    }
    return std::nullopt;
}

} // namespace glance
