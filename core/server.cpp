#include "server.h"

#include "textrules.h"

#include <QStringList>
#include <QUrl>

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

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
}

bool isAsciiDigits(QStringView text)
{
    return !text.isEmpty() &&
           std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// Dotted decimal, four parts of 0 to 255 without leading zeros.
bool isIpv4(QStringView host)
{
    const QList<QStringView> parts = host.split(u'.');
    if (parts.size() != 4) {
        return false;
    }
    for (QStringView part : parts) {
        if (!isAsciiDigits(part) || part.size() > 3 || (part.size() > 1 && part.front() == u'0') ||
            part.toInt() > 255) {
            return false;
        }
    }
    return true;
}

// Adds the number of hex groups in part ("1:ab:0") to groups; false when one is not a group.
bool countHexGroups(QStringView part, int &groups)
{
    if (part.isEmpty()) {
        return true;
    }
    for (QStringView group : part.split(u':')) {
        if (group.isEmpty() || group.size() > 4 ||
            !std::all_of(group.begin(), group.end(), isHexDigit)) {
            return false;
        }
        ++groups;
    }
    return true;
}

// RFC 4291 text form in lower case: eight groups of 1 to 4 hex digits, "::" once for a run of
// zero groups, optionally an IPv4 address in place of the last two groups.
bool isIpv6(QStringView host)
{
    int groups = 0;
    QStringView head = host;
    const qsizetype lastColon = host.lastIndexOf(u':');
    if (lastColon < 0) {
        return false;
    }
    if (host.sliced(lastColon + 1).contains(u'.')) {
        if (!isIpv4(host.sliced(lastColon + 1))) {
            return false;
        }
        groups = 2;
        head = host.first(lastColon + 1);
        if (!head.endsWith(u"::")) {
            head.chop(1);
        }
    }
    const qsizetype compressed = head.indexOf(u"::");
    if (compressed < 0) {
        return !head.isEmpty() && countHexGroups(head, groups) && groups == 8;
    }
    if (head.indexOf(u"::", compressed + 1) >= 0) {
        return false;
    }
    return countHexGroups(head.first(compressed), groups) &&
           countHexGroups(head.sliced(compressed + 2), groups) && groups < 8;
}

// Whether browsers read the host as an IPv4 address: its last part is a number, in decimal or
// in hex after "0x" (the URL Standard's "ends in a number"), as in 0x7f.1 for 127.0.0.1.
bool endsInANumber(QStringView host)
{
    const QStringView last = host.sliced(host.lastIndexOf(u'.') + 1);
    if (last.startsWith(u"0x")) {
        return std::all_of(last.begin() + 2, last.end(), isHexDigit);
    }
    return isAsciiDigits(last);
}

// A name, not a number: a host that ends in a number is read as an IPv4 address by browsers,
// so it must be one.
bool isHost(QStringView host)
{
    if (!text::isDnsName(host)) {
        return false;
    }
    return !endsInANumber(host) || isIpv4(host);
}

bool isLoopbackHost(QStringView host)
{
    if (host == u"localhost" || host == u"::1") {
        return true;
    }
    return isIpv4(host) && host.startsWith(u"127.");
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
        // As QUrl writes it, and so the browser gets it: the RFC 5952 form ("2001:db8::" for
        // "2001:db8::0"), so that the link printed is the link opened and [0:0::1] is [::1].
        QUrl url;
        url.setHost(host, QUrl::StrictMode);
        host = url.host(QUrl::FullyEncoded);
        if (host.isEmpty()) {
            return hostProblem();
        }
    } else {
        const qsizetype colon = authority.lastIndexOf(u':');
        host = (colon < 0 ? authority : authority.left(colon)).toLower();
        // An international name travels in its ASCII form, as browsers send it.
        host = QString::fromLatin1(QUrl::toAce(host, QUrl::AceTransitionalProcessing));
        hasPort = colon >= 0;
        portText = hasPort ? authority.mid(colon + 1) : QString();
        if (!isHost(host)) {
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
