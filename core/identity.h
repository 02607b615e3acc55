#pragma once

#include "result.h"

#include <QString>

namespace glance {

// Who the agent is, as the customer sees it when the session starts. Each part may be empty.
class Identity
{
public:
    static constexpr int MaxNameLength = 100;
    static constexpr int MaxEmailLength = 254;
    static constexpr int MaxPhoneLength = 32;

    Identity() = default;
    static Result<Identity> parse(QStringView name, QStringView email, QStringView phone);

    static Result<QString> parseName(QStringView typed);
    static Result<QString> parseEmail(QStringView typed);
    static Result<QString> parsePhone(QStringView typed);

    const QString &name() const { return m_name; }
    const QString &email() const { return m_email; }
    const QString &phone() const { return m_phone; }
    bool isEmpty() const { return m_name.isEmpty() && m_email.isEmpty() && m_phone.isEmpty(); }

    friend bool operator==(const Identity &a, const Identity &b)
    {
        return a.m_name == b.m_name && a.m_email == b.m_email && a.m_phone == b.m_phone;
    }
    friend bool operator!=(const Identity &a, const Identity &b) { return !(a == b); }

private:
    QString m_name;
    QString m_email;
    QString m_phone;
};

} // namespace glance
