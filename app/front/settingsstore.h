#pragma once

#include "settingsvalues.h"

#include <QString>

#include <optional>

namespace glance {

// Reads and writes the settings: the user's file over the system-wide file an administrator
// deploys, over the built-in defaults. On Linux, by default,
// $XDG_CONFIG_HOME/glance-launcher/glance-launcher.conf over
// /etc/xdg/glance-launcher/glance-launcher.conf (the first folder of $XDG_CONFIG_DIRS).
class SettingsStore
{
public:
    SettingsStore();
    SettingsStore(QString userFile, QString systemFile);

    // What the app uses: each value from the first file that has it, else the default; a key
    // the system-wide file locks (policy/locked) from that file or the default only. A file that
    // cannot be read is passed over, and why is added to the errors for that file.
    SettingsValues load(QStringList *userFileErrors = nullptr,
                        QStringList *systemFileErrors = nullptr) const;
    // What a value falls back to when the user has not set it, and which keys are locked.
    SettingsValues inherited(QStringList *systemFileErrors = nullptr) const;

    struct BrokenFile
    {
        QString file;
        QString keptAs;
        QString why;
    };
    // The user's file when it cannot be read as settings (empty, holding NUL bytes, cut off in
    // the middle of a line, not UTF-8, too large, or holding a line QSettings cannot read) is
    // renamed to <file>.broken-<date and time>:
    // nothing in it is lost, and the app goes on from the system-wide settings and defaults.
    // Returns what was done, or nullopt when the file is sound (or missing).
    std::optional<BrokenFile> setAsideBrokenUserFile();

    // Writes the values that differ from inherited() and removes the others, so that a value
    // the administrator changes later reaches users who never changed it themselves. Locked
    // keys are left as the user's file has them.
    // A broken user file is kept aside first (setAsideBrokenUserFile), never written over.
    // Returns the reason when the file could not be written.
    std::optional<QString> save(const SettingsValues &values);

    const QString &userFile() const { return m_userFile; }
    const QString &systemFile() const { return m_systemFile; }

private:
    QString m_userFile;
    QString m_systemFile;
};

} // namespace glance
