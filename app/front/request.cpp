#include "request.h"

namespace glance {

bool Overrides::isEmpty() const
{
    return *this == Overrides();
}

SettingsValues Overrides::appliedTo(SettingsValues values) const
{
    const auto apply = [](QString &target, const std::optional<QString> &value) {
        if (value) {
            target = *value;
        }
    };
    apply(values.name, name);
    apply(values.email, email);
    apply(values.phone, phone);
    if (selector) {
        values.selector = selector->first;
        values.selectorValue = selector->second;
    }
    if (viewerSameWindow) {
        values.viewerSameWindow =
            *viewerSameWindow ? QStringLiteral("true") : QStringLiteral("false");
    }
    apply(values.mode, mode);
    apply(values.server, server);
    return values;
}

bool operator==(const Overrides &a, const Overrides &b)
{
    return a.name == b.name && a.email == b.email && a.phone == b.phone &&
           a.selector == b.selector && a.viewerSameWindow == b.viewerSameWindow &&
           a.mode == b.mode && a.server == b.server;
}

bool Request::opensLink() const
{
    switch (action) {
    case Action::Join:
    case Action::OpenJoinPage:
    case Action::AccountSummary:
    case Action::LoginKey:
    case Action::SsoTroubleshooting:
        return true;
    case Action::Start:
    case Action::ShowDialog:
    case Action::ShowSettings:
    case Action::Quit:
        return false;
    }
    return false;
}

} // namespace glance
