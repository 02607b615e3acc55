#include "settingsstore.h"

#include "logging.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>

namespace glance {

namespace {

constexpr auto organization = "glance-launcher";
constexpr auto application = "glance-launcher";

QString defaultFile(QSettings::Scope scope)
{
    return QSettings(QSettings::NativeFormat, scope, QLatin1String(organization),
                     QLatin1String(application))
        .fileName();
}

// Reads each value the file holds into values, leaving the others as they are.
void readInto(const QString &file, SettingsValues &values)
{
    if (file.isEmpty() || !QFileInfo::exists(file)) {
        return;
    }
    QSettings settings(file, QSettings::NativeFormat);
    if (settings.status() != QSettings::NoError) {
        qCWarning(lcSettings) << "could not read" << file;
        return;
    }
    for (const SettingSpec &spec : settingSpecs()) {
        const QVariant value = settings.value(QLatin1String(spec.key));
        if (value.isValid()) {
            values.*spec.member = value.toString();
        }
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
        return QCoreApplication::translate("glance::SettingsStore",
                                           "Could not save the settings: the folder %1 is "
                                           "read-only.")
            .arg(folder.absoluteFilePath());
    }
    return QCoreApplication::translate("glance::SettingsStore",
                                       "Could not save the settings to %1: the disk may be full "
                                       "or the folder cannot be created.")
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

SettingsValues SettingsStore::inherited() const
{
    SettingsValues values;
    readInto(m_systemFile, values);
    return values;
}

SettingsValues SettingsStore::load() const
{
    SettingsValues values = inherited();
    readInto(m_userFile, values);
    return values;
}

std::optional<QString> SettingsStore::save(const SettingsValues &values)
{
    const SettingsValues fallback = inherited();
    QSettings settings(m_userFile, QSettings::NativeFormat);
    if (!settings.isWritable()) {
        return whyNotWritten(m_userFile);
    }
    for (const SettingSpec &spec : settingSpecs()) {
        const QString key = QLatin1String(spec.key);
        if (values.*spec.member == fallback.*spec.member) {
            settings.remove(key);
        } else {
            settings.setValue(key, values.*spec.member);
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
