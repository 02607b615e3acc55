#pragma once

#include "core/sessionkey.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace glance {

struct SettingsValues;
class Stu;

struct RecentSession
{
    QString key;
    QDateTime joinedAt;
};

// The last sessions joined, newest first, kept in a state file of their own
// ($XDG_STATE_HOME/glance-launcher/recent-sessions.conf), never in the settings: a list that
// changes at every join must not put the settings file at risk.
class RecentSessions
{
public:
    static constexpr int Capacity = 10;

    RecentSessions();
    explicit RecentSessions(QString file);

    QList<RecentSession> load() const;
    // Puts key first (once), keeps the newest Capacity. Returns why when it cannot write.
    std::optional<QString> add(const SessionKey &key, const QDateTime &joinedAt);
    std::optional<QString> clear();

    const QString &file() const { return m_file; }

private:
    std::optional<QString> write(const QList<RecentSession> &sessions);

    QString m_file;
};

// After a join: remembers its key, unless the settings say to keep no history, in which case
// nothing is written at all.
void rememberJoin(RecentSessions &recent, const SettingsValues &settings, const Stu &joined);

} // namespace glance
