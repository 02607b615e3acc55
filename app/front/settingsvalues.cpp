#include "settingsvalues.h"

namespace glance {

const std::array<SettingSpec, 9> &settingSpecs()
{
    static const std::array<SettingSpec, 9> specs = {{
        {"identity/name", &SettingsValues::name, "identity/name"},
        {"identity/email", &SettingsValues::email, "identity/email"},
        {"identity/phone", &SettingsValues::phone, "identity/phone"},
        {"account/selector", &SettingsValues::selector, "account"},
        {"account/value", &SettingsValues::selectorValue, "account"},
        {"join/viewerSameWindow", &SettingsValues::viewerSameWindow, "join/viewerSameWindow"},
        {"join/mode", &SettingsValues::mode, "join/mode"},
        {"service/server", &SettingsValues::server, "service/server"},
        {"history/keepRecent", &SettingsValues::keepRecent, "history/keepRecent"},
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
    return a.unreadable == b.unreadable && a.locked == b.locked;
}

} // namespace glance
