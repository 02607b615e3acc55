#include "accountselector.h"

#include "textrules.h"

namespace glance {

namespace {

Result<QString> parseGroupId(const QString &value)
{
    for (QChar c : value) {
        if (c < u'0' || c > u'9') {
            return Problem(Field::GroupId,
                           QT_TRANSLATE_NOOP("glance::Problem", "digits only, such as 12345"));
        }
    }
    if (value.size() > AccountSelector::MaxGroupIdLength) {
        return Problem(Field::GroupId, QT_TRANSLATE_NOOP("glance::Problem", "at most %1 digits"),
                       {QString::number(AccountSelector::MaxGroupIdLength)});
    }
    return value;
}

Result<QString> parseGlanceAddress(const QString &value)
{
    const Problem notDnsStyle(Field::GlanceAddress,
                              QT_TRANSLATE_NOOP("glance::Problem",
                                                "a DNS-style name such as agnes.acme.glance.net: "
                                                "letters, digits and '-' in parts joined by dots"));
    if (value.size() > AccountSelector::MaxAddressLength || !value.contains(u'.') ||
        !text::isDnsName(value)) {
        return notDnsStyle;
    }
    return value.toLower();
}

Result<QString> parseText(Field field, const QString &value)
{
    if (text::hasControlCharacters(value)) {
        return Problem(field, QT_TRANSLATE_NOOP("glance::Problem",
                                                "control characters, invisible characters and "
                                                "line breaks are not allowed"));
    }
    if (!text::fitsLength(value, AccountSelector::MaxTextLength)) {
        return Problem(field, QT_TRANSLATE_NOOP("glance::Problem", "at most %1 characters"),
                       {QString::number(AccountSelector::MaxTextLength)});
    }
    return value;
}

} // namespace

Result<AccountSelector> AccountSelector::parse(Kind kind, QStringView typed)
{
    if (kind == Kind::None) {
        return AccountSelector();
    }
    const Field field = fieldOf(kind);
    const QString value = text::cleaned(typed);
    if (value.isEmpty()) {
        return Problem(field, QT_TRANSLATE_NOOP("glance::Problem",
                                                "enter a value, or choose no account selector"));
    }
    Result<QString> checked = [&]() -> Result<QString> {
        switch (kind) {
        case Kind::GroupId:
            return parseGroupId(value);
        case Kind::GlanceAddress:
            return parseGlanceAddress(value);
        case Kind::GroupName:
        case Kind::AccountToken:
        case Kind::None:
            break;
        }
        return parseText(field, value);
    }();
    if (!checked) {
        return checked.problem();
    }
    return AccountSelector(kind, *checked);
}

QString AccountSelector::keyOf(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::GroupId:
        return QStringLiteral("idpid");
    case Kind::GroupName:
        return QStringLiteral("idpname");
    case Kind::AccountToken:
        return QStringLiteral("idptoken");
    case Kind::GlanceAddress:
        return QStringLiteral("idpusername");
    }
    return {};
}

std::optional<AccountSelector::Kind> AccountSelector::kindOf(QStringView key)
{
    for (Kind kind :
         {Kind::None, Kind::GroupId, Kind::GroupName, Kind::AccountToken, Kind::GlanceAddress}) {
        if (key.compare(keyOf(kind), Qt::CaseInsensitive) == 0) {
            return kind;
        }
    }
    return std::nullopt;
}

Field AccountSelector::fieldOf(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return Field::AccountSelector;
    case Kind::GroupId:
        return Field::GroupId;
    case Kind::GroupName:
        return Field::GroupName;
    case Kind::AccountToken:
        return Field::AccountToken;
    case Kind::GlanceAddress:
        return Field::GlanceAddress;
    }
    return Field::AccountSelector;
}

} // namespace glance
