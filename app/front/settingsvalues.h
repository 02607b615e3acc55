#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

#include <array>

namespace glance {

// The settings as text, exactly as stored or typed; nothing here is checked yet. LinkContext
// turns them into checked values.
struct SettingsValues
{
    QString name;
    QString email;
    QString phone;
    QString selector = QStringLiteral("none");
    QString selectorValue;
    QString viewerSameWindow = QStringLiteral("false");
    QString mode;
    QString server;
    QString keepRecent = QStringLiteral("true");
    // Keys whose stored value could not be read as text (a typed QSettings value such as
    // @Rect(...), or bytes that are not UTF-8). LinkContext refuses them rather than guess.
    QStringList unreadable;
    // Keys the administrator locked in the system-wide file: their values come from that file
    // (or the defaults), whatever the user's file says, and no one changes them from the app.
    QStringList locked;

    // The file each key's value came from; keys at their built-in default have none.
    QMap<QString, QString> origins;

    bool isLocked(const char *key) const { return locked.contains(QLatin1String(key)); }

    friend bool operator==(const SettingsValues &a, const SettingsValues &b);
    friend bool operator!=(const SettingsValues &a, const SettingsValues &b) { return !(a == b); }
};

// The one registry of settings keys: where each value is stored. The built-in defaults are the
// initial values of SettingsValues.
struct SettingSpec
{
    const char *key;
    QString SettingsValues::*member;
    // Keys of one group are set, inherited and saved together: an account selector from one
    // file and its value from another would name some other account.
    const char *group;
};

inline constexpr int SettingsVersion = 1;
inline constexpr auto SettingsVersionKey = "settings/version";
// In the system-wide file: the settings users may not change, as a list of keys.
inline constexpr auto LockedKeysKey = "policy/locked";

const std::array<SettingSpec, 9> &settingSpecs();

} // namespace glance
