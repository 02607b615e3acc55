#pragma once

#include "result.h"

#include <QString>

#include <optional>

namespace glance {

// Names the Glance account that signs in with SAML single sign-on. At most one per link.
class AccountSelector
{
public:
    enum class Kind
    {
        None,
        GroupId,       // idpid
        GroupName,     // idpname
        AccountToken,  // idptoken
        GlanceAddress, // idpusername
    };

    static constexpr int MaxGroupIdLength = 12;
    static constexpr int MaxTextLength = 128;
    static constexpr int MaxAddressLength = 253;

    AccountSelector() = default;
    static Result<AccountSelector> parse(Kind kind, QStringView value);

    // "none", "idpid", "idpname", "idptoken", "idpusername": the settings value and, but for
    // "none", the link parameter.
    static QString keyOf(Kind kind);
    static std::optional<Kind> kindOf(QStringView key);
    static Field fieldOf(Kind kind);

    Kind kind() const { return m_kind; }
    const QString &value() const { return m_value; }
    bool isNone() const { return m_kind == Kind::None; }
    QString parameterName() const { return keyOf(m_kind); }

    friend bool operator==(const AccountSelector &a, const AccountSelector &b)
    {
        return a.m_kind == b.m_kind && a.m_value == b.m_value;
    }
    friend bool operator!=(const AccountSelector &a, const AccountSelector &b) { return !(a == b); }

private:
    AccountSelector(Kind kind, QString value)
        : m_kind(kind)
        , m_value(std::move(value))
    {}
    Kind m_kind = Kind::None;
    QString m_value;
};

} // namespace glance
