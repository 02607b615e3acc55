#pragma once

#include "result.h"

#include <QString>

namespace glance {

// The key a customer reads to the agent: 1 to 50 letters, digits, '-', '_' or '.'.
// Case and dashes are part of the key.
class SessionKey
{
public:
    static constexpr int MaxLength = 50;

    // Drops every white space and invisible character, then checks the rest.
    static Result<SessionKey> parse(QStringView typed);

    const QString &toString() const { return m_key; }

    friend bool operator==(const SessionKey &a, const SessionKey &b) { return a.m_key == b.m_key; }
    friend bool operator!=(const SessionKey &a, const SessionKey &b) { return !(a == b); }

private:
    explicit SessionKey(QString key)
        : m_key(std::move(key))
    {}
    QString m_key;
};

} // namespace glance
