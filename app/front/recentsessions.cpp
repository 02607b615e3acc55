#include "recentsessions.h"

#include "linkcontext.h"
#include "logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

namespace glance {

namespace {

QString defaultFile()
{
    QString state = qEnvironmentVariable("XDG_STATE_HOME");
    if (state.isEmpty()) {
        state = QDir::homePath() + QStringLiteral("/.local/state");
    }
    return state + QStringLiteral("/glance-launcher/recent-sessions.conf");
}

} // namespace

RecentSessions::RecentSessions()
    : RecentSessions(defaultFile())
{}

RecentSessions::RecentSessions(QString file)
    : m_file(std::move(file))
{}

QList<RecentSession> RecentSessions::load() const
{
    QList<RecentSession> sessions;
    if (!QFileInfo(m_file).isFile()) {
        return sessions;
    }
    QSettings stored(m_file, QSettings::IniFormat);
    const int count = stored.beginReadArray(QStringLiteral("sessions"));
    for (int i = 0; i < count && sessions.size() < Capacity; ++i) {
        stored.setArrayIndex(i);
        const auto key = SessionKey::parse(stored.value(QStringLiteral("key")).toString());
        const QDateTime joinedAt = QDateTime::fromString(
            stored.value(QStringLiteral("joined")).toString(), Qt::ISODateWithMs);
        if (key && joinedAt.isValid()) {
            sessions.append({key->toString(), joinedAt});
        }
    }
    stored.endArray();
    return sessions;
}

std::optional<QString> RecentSessions::add(const SessionKey &key, const QDateTime &joinedAt)
{
    QList<RecentSession> sessions = load();
    sessions.removeIf([&key](const RecentSession &s) { return s.key == key.toString(); });
    sessions.prepend({key.toString(), joinedAt.toUTC()});
    return write(sessions.mid(0, Capacity));
}

std::optional<QString> RecentSessions::clear()
{
    if (QFileInfo::exists(m_file) && !QFile::remove(m_file)) {
        return QCoreApplication::translate("glance::RecentSessions", "Could not remove %1.")
            .arg(m_file);
    }
    return std::nullopt;
}

std::optional<QString> RecentSessions::write(const QList<RecentSession> &sessions)
{
    const QFileInfo info(m_file);
    // A pipe in its place would block QSettings, and with it the app.
    if (info.exists() && !info.isFile()) {
        qCWarning(lcSettings) << m_file << "is not a regular file";
        return QCoreApplication::translate("glance::RecentSessions", "%1 is not a regular file.")
            .arg(m_file);
    }
    // The keys joined are the user's business only.
    const QString folder = info.absolutePath();
    if (!QFileInfo::exists(folder)) {
        QDir().mkpath(folder);
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    QSettings stored(m_file, QSettings::IniFormat);
    stored.remove(QStringLiteral("sessions"));
    stored.beginWriteArray(QStringLiteral("sessions"), int(sessions.size()));
    for (int i = 0; i < sessions.size(); ++i) {
        stored.setArrayIndex(i);
        stored.setValue(QStringLiteral("key"), sessions.at(i).key);
        stored.setValue(QStringLiteral("joined"),
                        sessions.at(i).joinedAt.toUTC().toString(Qt::ISODateWithMs));
    }
    stored.endArray();
    stored.sync();
    QFile::setPermissions(m_file, QFile::ReadOwner | QFile::WriteOwner);
    if (stored.status() != QSettings::NoError) {
        qCWarning(lcSettings) << "could not write" << m_file;
        return QCoreApplication::translate("glance::RecentSessions",
                                           "Could not write the recent sessions to %1.")
            .arg(m_file);
    }
    return std::nullopt;
}

void rememberJoin(RecentSessions &recent, const SettingsValues &settings, const Stu &joined)
{
    const auto keep = parseSettingsFlag(settings.keepRecent, "history/keepRecent");
    if (!keep.ok() || !*keep || !joined.parts().sessionKey) {
        return;
    }
    recent.add(*joined.parts().sessionKey, QDateTime::currentDateTimeUtc());
}

} // namespace glance
