#include "settingsvalues.h"

namespace glance {

const std::array<SettingSpec, 8> &settingSpecs()
{
    static const std::array<SettingSpec, 8> specs = {{
        {"identity/name", &SettingsValues::name},
        {"identity/email", &SettingsValues::email},
        {"identity/phone", &SettingsValues::phone},
        {"account/selector", &SettingsValues::selector},
        {"account/value", &SettingsValues::selectorValue},
        {"join/viewerSameWindow", &SettingsValues::viewerSameWindow},
        {"join/mode", &SettingsValues::mode},
        {"service/server", &SettingsValues::server},
    }};
    return specs;
}

bool operator==(const SettingsValues &a, const SettingsValues &b)
{
    for (const SettingSpec &spec : settingSpecs()) {
        if (a.*spec.member != b.*spec.member) {
            return false;
        }
    }
    return a.unreadable == b.unreadable;
}

} // namespace glance
