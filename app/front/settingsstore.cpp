#include "settingsstore.h"

#include "logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSaveFile>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryFile>

#include <optional>

namespace glance {

namespace {

constexpr auto organization = "glance-launcher";
constexpr auto application = "glance-launcher";
constexpr qint64 MaxFileSize = 1024 * 1024;
constexpr QByteArrayView Utf8Bom("\xef\xbb\xbf");

// The app ends the user's file with a line break, so a last line without one was cut off; the
// administrator's file is written by hand, and often ends without one.
enum class LastLine
{
    MustEnd,
    MayBeOpen
};

// Where QSettings keeps organization/application in scope, found without opening it: QSettings
// reads a file as it is constructed, and a file in a bad state must first be looked at.
QString defaultFile(QSettings::Scope scope)
{
    const QString relative =
        QStringLiteral("/%1/%2.conf").arg(QLatin1String(organization), QLatin1String(application));
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    if (scope == QSettings::UserScope) {
        return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + relative;
    }
    // The first folder of $XDG_CONFIG_DIRS that has the file, as the XDG specification reads
    // configuration; QSettings itself looks in the first folder only, and desktops such as
    // Plasma put folders of their own before /etc/xdg, which would hide the administrator's.
    QStringList folders;
    for (const QString &folder : qEnvironmentVariable("XDG_CONFIG_DIRS").split(QLatin1Char(':'))) {
        if (QDir::isAbsolutePath(folder)) {
            folders << folder;
        }
    }
    if (folders.isEmpty()) {
        folders << QStringLiteral("/etc/xdg");
    }
    for (const QString &folder : std::as_const(folders)) {
        if (QFileInfo::exists(folder + relative)) {
            return folder + relative;
        }
    }
    return folders.constFirst() + relative;
#else
    return QSettings(QSettings::NativeFormat, scope, QLatin1String(organization),
                     QLatin1String(application))
        .fileName();
#endif
}

// QSettings parses a section when a key under its name is first looked up, so it finds a key
// written with its group in another section ("identity/name=x" at the top of the file) only
// once every section is parsed, which allKeys() does. Without that, such a value would be passed
// over here, yet moved into its group's section, and so used, by the next save.
void parseEverySection(const QSettings &settings)
{
    settings.allKeys();
}

QString notSettings(const QString &file)
{
    return QCoreApplication::translate("glance::SettingsStore", "%1 is not a valid settings file")
        .arg(file);
}

// Whether QSettings meets a line it cannot read anywhere in the file: in its head as it opens
// it, or in a section as allKeys() parses each. QSettings keeps a file it has parsed for the
// whole process, and reads it again only when its size or time of modification changes; it
// reports FormatError only while it parses, so a second look at a malformed file would find no
// error. A file found malformed is remembered with the size and time QSettings compares: it
// stays malformed exactly as long as QSettings goes on using what it parsed of it.
class MalformedFiles
{
public:
    static bool check(const QString &file)
    {
        const QFileInfo info(file);
        // Taken before QSettings looks, as QSettings takes its own before it reads.
        const Stamp stamp{info.size(), info.lastModified()};
        const QMutexLocker locker(&mutex());
        auto &known = files();
        if (const auto found = known.constFind(info.absoluteFilePath());
            found != known.cend() && *found == stamp) {
            return true;
        }
        const QSettings settings(file, QSettings::NativeFormat);
        parseEverySection(settings);
        if (settings.status() == QSettings::FormatError) {
            known.insert(info.absoluteFilePath(), stamp);
            return true;
        }
        known.remove(info.absoluteFilePath());
        return false;
    }

    // The file was moved away: another one in its place is judged afresh.
    static void forget(const QString &file)
    {
        const QMutexLocker locker(&mutex());
        files().remove(QFileInfo(file).absoluteFilePath());
    }

private:
    struct Stamp
    {
        qint64 size;
        QDateTime modified;
        bool operator==(const Stamp &other) const
        {
            return size == other.size && modified == other.modified;
        }
    };
    static QMutex &mutex()
    {
        static QMutex made;
        return made;
    }
    static QHash<QString, Stamp> &files()
    {
        static QHash<QString, Stamp> made;
        return made;
    }
};

// The stored value as text. QSettings reads an unquoted comma as a list: its parts are joined
// again. Anything else (a typed value such as @ByteArray(...), @Invalid() or @Variant(...)),
// and text that was not UTF-8, has no text to give.
std::optional<QString> textOf(const QVariant &value)
{
    QString text;
    switch (value.typeId()) {
    case QMetaType::QString:
        text = value.toString();
        break;
    case QMetaType::QStringList:
        text = value.toStringList().join(QStringLiteral(", "));
        break;
    default:
        return std::nullopt;
    }
    if (text.contains(QChar::ReplacementCharacter)) {
        return std::nullopt;
    }
    return text;
}

// The keys of the list, with every key of a group that has one of them: an account selector is
// locked together with its value.
QStringList lockedKeys(const QStringList &listed, const QString &file)
{
    QSet<QByteArray> groups;
    for (const QString &key : listed) {
        bool known = false;
        for (const SettingSpec &spec : settingSpecs()) {
            if (key.trimmed() == QLatin1String(spec.key)) {
                groups.insert(spec.group);
                known = true;
            }
        }
        if (!known) {
            qCWarning(lcSettings) << file << "locks" << key << ", which is no setting";
        }
    }
    QStringList keys;
    for (const SettingSpec &spec : settingSpecs()) {
        if (groups.contains(spec.group)) {
            keys << QLatin1String(spec.key);
        }
    }
    return keys;
}

// QSettings (Qt 6.4) reads a file that starts with a UTF-8 byte-order mark right, but reports a
// format error when a section header follows the mark at once. Such a file is read from a copy
// without the mark, which also holds exactly the bytes that were checked.
class SettingsFileView
{
public:
    SettingsFileView(const QString &file, const QByteArray &bytes)
        : m_path(file)
    {
        if (!bytes.startsWith(Utf8Bom)) {
            return;
        }
        m_copy = std::make_unique<QTemporaryFile>();
        const QByteArrayView withoutBom = QByteArrayView(bytes).sliced(Utf8Bom.size());
        if (m_copy->open() &&
            m_copy->write(withoutBom.data(), withoutBom.size()) == withoutBom.size() &&
            m_copy->flush()) {
            m_path = m_copy->fileName();
        } else {
            qCWarning(lcSettings) << "could not copy" << file << "to read it without its BOM";
        }
    }
    ~SettingsFileView()
    {
        if (m_copy) {
            MalformedFiles::forget(m_copy->fileName());
        }
    }
    SettingsFileView(const SettingsFileView &) = delete;
    SettingsFileView &operator=(const SettingsFileView &) = delete;

    // The file for QSettings to read.
    const QString &path() const { return m_path; }

private:
    std::unique_ptr<QTemporaryFile> m_copy;
    QString m_path;
};

// Why the file cannot be read as settings, or nullopt when it can. QSettings would read such a
// file without a word: it drops or replaces bytes that are not UTF-8, stops at a NUL byte, and
// takes the last line of a file cut off mid-line (a name cut to "Jo") as if it were whole. The
// app always ends its files with a line break. A file with a line QSettings cannot read ("#"
// comments, a line without "=", a section header without "]") is refused whole. What was read
// goes to bytesRead.
std::optional<QString> whyBroken(const QString &file, LastLine lastLine,
                                 QByteArray *bytesRead = nullptr)
{
    const auto broken = [&file](const char *why) {
        return QCoreApplication::translate("glance::SettingsStore", why).arg(file);
    };
    QFile raw(file);
    if (!raw.open(QIODevice::ReadOnly)) {
        return QCoreApplication::translate("glance::SettingsStore", "%1 cannot be read: %2")
            .arg(file, raw.errorString());
    }
    if (raw.size() > MaxFileSize) {
        return broken(
            QT_TRANSLATE_NOOP("glance::SettingsStore", "%1 is too large to be a settings file"));
    }
    const QByteArray bytes = raw.readAll();
    if (bytes.isEmpty()) {
        return broken(QT_TRANSLATE_NOOP("glance::SettingsStore", "%1 is empty"));
    }
    if (bytes.contains('\0')) {
        return broken(QT_TRANSLATE_NOOP("glance::SettingsStore", "%1 holds NUL bytes"));
    }
    if (!QUtf8StringView(bytes).isValidUtf8()) {
        return broken(QT_TRANSLATE_NOOP("glance::SettingsStore", "%1 is not UTF-8 text"));
    }
    if (lastLine == LastLine::MustEnd && !bytes.endsWith('\n')) {
        return broken(
            QT_TRANSLATE_NOOP("glance::SettingsStore", "%1 is cut off in the middle of a line"));
    }
    if (MalformedFiles::check(SettingsFileView(file, bytes).path())) {
        return notSettings(file);
    }
    if (bytesRead) {
        *bytesRead = bytes;
    }
    return std::nullopt;
}

// Reads each value the file holds into values, leaving the others as they are, and passing
// over the locked ones. From the system-wide file, also which keys are locked.
enum class Scope
{
    User,
    System
};
void readInto(const QString &file, Scope scope, SettingsValues &values, QStringList *readErrors)
{
    const QFileInfo info(file);
    if (file.isEmpty() || !info.exists()) {
        return;
    }
    const auto fail = [&](const QString &why) {
        qCWarning(lcSettings) << "passing over" << file << why;
        if (readErrors) {
            *readErrors << why;
        }
    };
    // A folder, a pipe or a device in its place would block or fail inside QSettings.
    if (!info.isFile()) {
        return fail(QCoreApplication::translate("glance::SettingsStore", "%1 is not a regular file")
                        .arg(file));
    }
    QByteArray bytes;
    if (const auto why = whyBroken(
            file, scope == Scope::User ? LastLine::MustEnd : LastLine::MayBeOpen, &bytes)) {
        return fail(*why);
    }
    const SettingsFileView view(file, bytes);
    QSettings settings(view.path(), QSettings::NativeFormat);
    parseEverySection(settings);
    // Changed on disk since whyBroken() looked.
    if (settings.status() != QSettings::NoError) {
        return fail(notSettings(file));
    }
    QSet<QByteArray> groupsSet;
    for (const SettingSpec &spec : settingSpecs()) {
        if (settings.contains(QLatin1String(spec.key)) && !values.isLocked(spec.key)) {
            groupsSet.insert(spec.group);
        }
    }
    const SettingsValues defaults;
    for (const SettingSpec &spec : settingSpecs()) {
        if (!groupsSet.contains(spec.group)) {
            continue;
        }
        const QString key = QLatin1String(spec.key);
        values.unreadable.removeAll(key);
        values.origins.insert(key, file);
        const QVariant value = settings.value(key);
        // Not in this file, but another key of its group is. A key that is there with an
        // invalid value (@Invalid(), a @Variant of an unknown type) is unreadable, not missing.
        if (!value.isValid() && !settings.contains(key)) {
            values.*spec.member = defaults.*spec.member;
            continue;
        }
        if (const auto text = textOf(value)) {
            values.*spec.member = *text;
        } else {
            values.*spec.member = QString();
            values.unreadable << key;
        }
    }
    // Only the administrator's file can lock; a "policy" group in the user's is not read.
    if (scope == Scope::System) {
        const QVariant listed = settings.value(QLatin1String(LockedKeysKey));
        values.locked =
            lockedKeys(listed.typeId() == QMetaType::QStringList
                           ? listed.toStringList()
                           : listed.toString().split(QLatin1Char(','), Qt::SkipEmptyParts),
                       file);
    }
    const int version = settings.value(QLatin1String(SettingsVersionKey)).toInt();
    if (version > SettingsVersion) {
        qCWarning(lcSettings) << file << "was written by a newer version:" << version;
    }
}

QString whyNotWritten(const QString &file)
{
    const QFileInfo info(file);
    if (info.exists() && !info.isWritable()) {
        return QCoreApplication::translate("glance::SettingsStore",
                                           "Could not save the settings: %1 is read-only.")
            .arg(file);
    }
    const QFileInfo folder(info.absolutePath());
    if (folder.exists() && !folder.isWritable()) {
        return QCoreApplication::translate(
                   "glance::SettingsStore",
                   "Could not save the settings: the folder %1 is read-only.")
            .arg(folder.absoluteFilePath());
    }
    return QCoreApplication::translate(
               "glance::SettingsStore",
               "Could not save the settings to %1: the disk may be full or the folder cannot be "
               "created.")
        .arg(file);
}

} // namespace

SettingsStore::SettingsStore()
    : SettingsStore(defaultFile(QSettings::UserScope), defaultFile(QSettings::SystemScope))
{}

SettingsStore::SettingsStore(QString userFile, QString systemFile)
    : m_userFile(std::move(userFile))
    , m_systemFile(std::move(systemFile))
{}

SettingsValues SettingsStore::inherited(QStringList *systemFileErrors) const
{
    SettingsValues values;
    readInto(m_systemFile, Scope::System, values, systemFileErrors);
    return values;
}

SettingsValues SettingsStore::load(QStringList *userFileErrors, QStringList *systemFileErrors) const
{
    QStringList systemErrors;
    SettingsValues values = inherited(&systemErrors);
    if (systemFileErrors) {
        *systemFileErrors = systemErrors;
    }
    readInto(m_userFile, Scope::User, values, userFileErrors);
    return values;
}

std::optional<SettingsStore::BrokenFile> SettingsStore::setAsideBrokenUserFile()
{
    const QFileInfo info(m_userFile);
    if (!info.isFile()) {
        return std::nullopt;
    }
    const auto why = whyBroken(m_userFile, LastLine::MustEnd);
    // A file that cannot even be opened is not ours to move.
    if (!why || !QFile(m_userFile).open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    const QString stamp =
        QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd'T'HH-mm-ss"));
    QString keptAs = m_userFile + QStringLiteral(".broken-") + stamp;
    for (int n = 2; QFileInfo::exists(keptAs); ++n) {
        keptAs = m_userFile + QStringLiteral(".broken-%1-%2").arg(stamp).arg(n);
    }
    if (!QFile::rename(m_userFile, keptAs)) {
        qCWarning(lcSettings) << "could not keep" << m_userFile << "aside as" << keptAs;
        return std::nullopt;
    }
    MalformedFiles::forget(m_userFile);
    qCWarning(lcSettings) << *why << "- kept aside as" << keptAs;
    return BrokenFile{m_userFile, keptAs, *why};
}

std::optional<QString> SettingsStore::save(const SettingsValues &values)
{
    const QFileInfo existing(m_userFile);
    if (existing.exists() && !existing.isFile()) {
        return QCoreApplication::translate("glance::SettingsStore",
                                           "Could not save the settings: %1 is not a regular file.")
            .arg(m_userFile);
    }
    // Never written over: what could still be read in a broken file is kept.
    if (existing.exists() && whyBroken(m_userFile, LastLine::MustEnd) &&
        !setAsideBrokenUserFile()) {
        return whyNotWritten(m_userFile);
    }
    // QSettings would report the mark as a format error (see SettingsFileView) and drop it on
    // writing anyway.
    if (QFile file(m_userFile); existing.exists() && file.open(QIODevice::ReadOnly)) {
        const QByteArray bytes = file.readAll();
        file.close();
        if (bytes.startsWith(Utf8Bom)) {
            QSaveFile withoutBom(m_userFile);
            if (!withoutBom.open(QIODevice::WriteOnly) ||
                withoutBom.write(bytes.sliced(Utf8Bom.size())) != bytes.size() - Utf8Bom.size() ||
                !withoutBom.commit()) {
                return whyNotWritten(m_userFile);
            }
        }
    }
    const SettingsValues fallback = inherited();
    QSettings settings(m_userFile, QSettings::NativeFormat);
    if (!settings.isWritable()) {
        return whyNotWritten(m_userFile);
    }
    // QSettings keeps the first error it meets: one from reading would hide whether the write
    // failed. Everything is read first, so that an error after sync() is the write's (unless the
    // file changes on disk meanwhile, and QSettings reads it again before writing).
    parseEverySection(settings);
    if (settings.status() != QSettings::NoError) {
        return notSettings(m_userFile);
    }
    QSet<QByteArray> groupsChanged;
    for (const SettingSpec &spec : settingSpecs()) {
        if (values.*spec.member != fallback.*spec.member) {
            groupsChanged.insert(spec.group);
        }
    }
    for (const SettingSpec &spec : settingSpecs()) {
        const QString key = QLatin1String(spec.key);
        // What the user had before the administrator locked it stays, for when it is unlocked.
        if (fallback.isLocked(spec.key)) {
            continue;
        }
        if (groupsChanged.contains(spec.group)) {
            settings.setValue(key, values.*spec.member);
        } else {
            settings.remove(key);
        }
    }
    settings.setValue(QLatin1String(SettingsVersionKey), SettingsVersion);
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        qCWarning(lcSettings) << "could not write" << m_userFile;
        return whyNotWritten(m_userFile);
    }
    qCDebug(lcSettings) << "saved" << m_userFile;
    return std::nullopt;
}

} // namespace glance
