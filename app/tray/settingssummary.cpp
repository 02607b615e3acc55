#include "settingssummary.h"

#include <QCoreApplication>
#include <QStringList>

namespace glance {

QString describeIdentity(const Identity &identity)
{
    QStringList parts;
    // A phone number wraps at no space of its own.
    QString phone = identity.phone();
    phone.replace(QLatin1Char(' '), QChar::Nbsp);
    for (const QString &part : {identity.name(), identity.email(), phone}) {
        if (!part.isEmpty()) {
            parts << part;
        }
    }
    if (parts.isEmpty()) {
        return QCoreApplication::translate("glance::SettingsSummary",
                                           "no name, email or phone set");
    }
    // A name may hold a comma ("Smith, John"): the parts are kept apart by a middle dot.
    return parts.join(QStringLiteral(" · "));
}

QString selectorKindName(AccountSelector::Kind kind)
{
    switch (kind) {
    case AccountSelector::Kind::None:
        return QCoreApplication::translate("glance::SettingsSummary", "None");
    case AccountSelector::Kind::GroupId:
        return QCoreApplication::translate("glance::SettingsSummary", "Group ID");
    case AccountSelector::Kind::GroupName:
        return QCoreApplication::translate("glance::SettingsSummary", "Group name");
    case AccountSelector::Kind::AccountToken:
        return QCoreApplication::translate("glance::SettingsSummary", "Account token");
    case AccountSelector::Kind::GlanceAddress:
        return QCoreApplication::translate("glance::SettingsSummary", "Glance address");
    }
    return {};
}

QString describeAccount(const AccountSelector &selector)
{
    if (selector.isNone()) {
        return QCoreApplication::translate("glance::SettingsSummary",
                                           "no account selector (no single sign-on)");
    }
    return selectorKindName(selector.kind()) + QLatin1Char(' ') + selector.value();
}

} // namespace glance
