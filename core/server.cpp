#include "server.h"

#include "textrules.h"

#include <QStringList>

#include <algorithm>

namespace glance {

namespace {

Problem schemeProblem()
{
    return Problem(Field::Server,
                   QT_TRANSLATE_NOOP("glance::Problem",
                                     "must start with https:// (http:// only for this computer: "
                                     "localhost, 127.0.0.1 or [::1])"));
}

Problem hostProblem()
{
    return Problem(Field::Server, QT_TRANSLATE_NOOP("glance::Problem",
                                                    "needs a host name such as www.glance.net"));
}

bool isIpv6(QStringView host)
{
    if (host.count(u':') < 2) {
        return false;
    }
    for (QChar c : host) {
        if (!c.isDigit() && !(c >= u'a' && c <= u'f') && c != u':' && c != u'.') {
            return false;
        }
    }
    return true;
}

bool isLoopbackHost(QStringView host)
{
    if (host == u"localhost" || host == u"::1") {
        return true;
    }
    const QList<QStringView> parts = host.split(u'.');
    if (parts.size() != 4 || parts.front() != u"127") {
        return false;
    }
    for (QStringView part : parts) {
        bool ok = false;
        const int number = part.toInt(&ok);
        if (!ok || number < 0 || number > 255 || part.size() > 3) {
            return false;
        }
    }
    return true;
}

} // namespace

Result<Server> Server::parse(QStringView typed)
{
    const QString text = typed.trimmed().toString();
    if (text.isEmpty()) {
        return Server();
    }
    if (text::hasControlCharacters(text) ||
        std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); })) {
        return Problem(Field::Server,
                       QT_TRANSLATE_NOOP("glance::Problem", "spaces and control characters are not "
                                                            "allowed"));
    }
    const qsizetype schemeEnd = text.indexOf(QStringLiteral("://"));
    if (schemeEnd < 0) {
        return schemeProblem();
    }
    const QString scheme = text.left(schemeEnd).toLower();
    if (scheme != u"https" && scheme != u"http") {
        return schemeProblem();
    }
    const QString rest = text.mid(schemeEnd + 3);
    qsizetype authorityEnd = rest.size();
    for (QChar delimiter : {u'/', u'?', u'#'}) {
        const qsizetype at = rest.indexOf(delimiter);
        if (at >= 0 && at < authorityEnd) {
            authorityEnd = at;
        }
    }
    const QString authority = rest.left(authorityEnd);
    const QString tail = rest.mid(authorityEnd);
    if (!tail.isEmpty() && tail != u"/") {
        return Problem(Field::Server,
                       QT_TRANSLATE_NOOP("glance::Problem",
                                         "only the scheme, host and port: no path, query or "
                                         "fragment"));
    }
    if (authority.contains(u'@')) {
        return Problem(Field::Server,
                       QT_TRANSLATE_NOOP("glance::Problem", "no user name or password"));
    }

    QString host;
    QString portText;
    bool hasPort = false;
    bool ipv6 = false;
    if (authority.startsWith(u'[')) {
        const qsizetype close = authority.indexOf(u']');
        if (close < 0) {
            return hostProblem();
        }
        host = authority.mid(1, close - 1).toLower();
        const QString after = authority.mid(close + 1);
        if (!after.isEmpty() && !after.startsWith(u':')) {
            return hostProblem();
        }
        hasPort = !after.isEmpty();
        portText = after.mid(1);
        ipv6 = true;
        if (!isIpv6(host)) {
            return hostProblem();
        }
    } else {
        const qsizetype colon = authority.lastIndexOf(u':');
        host = (colon < 0 ? authority : authority.left(colon)).toLower();
        hasPort = colon >= 0;
        portText = hasPort ? authority.mid(colon + 1) : QString();
        if (!text::isDnsName(host)) {
            return hostProblem();
        }
    }
    if (hasPort) {
        bool ok = false;
        const int port = portText.toInt(&ok);
        if (!ok || port < 1 || port > 65535 || portText.size() > 5 || portText.startsWith(u'+')) {
            return Problem(Field::Server,
                           QT_TRANSLATE_NOOP("glance::Problem", "the port must be 1 to 65535"));
        }
        const bool defaultPort =
            (scheme == u"https" && port == 443) || (scheme == u"http" && port == 80);
        portText = defaultPort ? QString() : QString::number(port);
    }
    if (scheme == u"http" && !isLoopbackHost(host)) {
        return schemeProblem();
    }
    QString origin =
        scheme + QStringLiteral("://") + (ipv6 ? QLatin1Char('[') + host + QLatin1Char(']') : host);
    if (!portText.isEmpty()) {
        origin += QLatin1Char(':') + portText;
    }
    return Server(origin);
}

} // namespace glance
