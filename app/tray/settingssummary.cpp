#include "settingssummary.h"

#include <QCoreApplication>
#include <QStringList>

namespace glance {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("glance::SettingsSummary", text);
}

} // namespace

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
        return tr("no name, email or phone set");
    }
    // A name may hold a comma ("Smith, John"): the parts are kept apart by a middle dot.
    return parts.join(QStringLiteral(" · "));
}

QString selectorKindName(AccountSelector::Kind kind)
{
    switch (kind) {
    case AccountSelector::Kind::None:
        return tr("None");
    case AccountSelector::Kind::GroupId:
        return tr("Group ID");
    case AccountSelector::Kind::GroupName:
        return tr("Group name");
    case AccountSelector::Kind::AccountToken:
        return tr("Account token");
    case AccountSelector::Kind::GlanceAddress:
        return tr("Glance address");
    }
    return {};
}

QString describeAccount(const AccountSelector &selector)
{
    if (selector.isNone()) {
        return tr("no account selector (no single sign-on)");
    }
    return selectorKindName(selector.kind()) + QLatin1Char(' ') + selector.value();
}

} // namespace glance
