#pragma once

#include "result.h"

#include <QString>

namespace glance {

// The Glance host every link goes to: https:// and a host, with an optional port. Plain http://
// is allowed only for this computer, for local testing.
class Server
{
public:
    static QString defaultOrigin() { return QStringLiteral("https://www.glance.net"); }

    Server()
        : m_origin(defaultOrigin())
    {}
    // Empty means the default server.
    static Result<Server> parse(QStringView typed);

    // "https://host" or "https://host:port", host in lower case, nothing after it.
    const QString &origin() const { return m_origin; }
    bool isDefault() const { return m_origin == defaultOrigin(); }

    friend bool operator==(const Server &a, const Server &b) { return a.m_origin == b.m_origin; }
    friend bool operator!=(const Server &a, const Server &b) { return !(a == b); }

private:
    explicit Server(QString origin)
        : m_origin(std::move(origin))
    {}
    QString m_origin;
};

} // namespace glance
