// Stu::parse: reading a link back into its parts.
#include "formencoding.h"
#include "stu.h"

namespace glance {

namespace {

struct LinkParameters
{
    std::optional<QString> sessionKey;
    QString name;
    QString email;
    QString phone;
    AccountSelector::Kind selectorKind = AccountSelector::Kind::None;
    QString selectorValue;
    QString viewerSameWindow;
    QString mode;
    std::optional<QString> sso;
    std::optional<QString> test;
    std::optional<QString> redirect;
};

Problem notAGlanceLink()
{
    return Problem(Field::None, QT_TRANSLATE_NOOP("glance::Problem",
                                                  "not a link to a Glance join page, viewer or "
                                                  "account page"));
}

Problem twice(const QString &name)
{
    return Problem(Field::None,
                   QT_TRANSLATE_NOOP("glance::Problem", "the link has '%1' more than once"),
                   {name});
}

// Sets target once; a second value for the same parameter is refused, since the server would
// join both values with a comma.
bool setOnce(std::optional<QString> &target, const QString &value)
{
    if (target) {
        return false;
    }
    target = value;
    return true;
}

bool setOnce(QString &target, bool &seen, const QString &value)
{
    if (seen) {
        return false;
    }
    seen = true;
    target = value;
    return true;
}

std::optional<Problem> collect(const QList<form::QueryItem> &items, LinkParameters &out)
{
    bool seenName = false, seenEmail = false, seenPhone = false, seenSameWindow = false,
         seenMode = false;
    for (const auto &[rawName, value] : items) {
        const QString name = rawName.toLower();
        bool first = true;
        if (name == u"sessionkey" || name == u"visitorid") {
            first = setOnce(out.sessionKey, value);
        } else if (name == u"name") {
            first = setOnce(out.name, seenName, value);
        } else if (name == u"email") {
            first = setOnce(out.email, seenEmail, value);
        } else if (name == u"phone") {
            first = setOnce(out.phone, seenPhone, value);
        } else if (name == u"viewersamewindow") {
            first = setOnce(out.viewerSameWindow, seenSameWindow, value);
        } else if (name == u"mode") {
            first = setOnce(out.mode, seenMode, value);
        } else if (name == u"sso") {
            first = setOnce(out.sso, value);
        } else if (name == u"test") {
            first = setOnce(out.test, value);
        } else if (name == u"redirect") {
            first = setOnce(out.redirect, value);
        } else if (const auto kind = AccountSelector::kindOf(name);
                   kind && *kind != AccountSelector::Kind::None) {
            if (out.selectorKind != AccountSelector::Kind::None) {
                return Problem(Field::AccountSelector,
                               QT_TRANSLATE_NOOP("glance::Problem",
                                                 "a link holds at most one account selector"));
            }
            out.selectorKind = *kind;
            out.selectorValue = value;
        }
        if (!first) {
            return twice(rawName);
        }
    }
    return std::nullopt;
}

Result<StuKind> kindOf(QStringView path, const LinkParameters &parameters)
{
    if (path.compare(u"/agentjoin/agentview.aspx", Qt::CaseInsensitive) == 0) {
        return StuKind::Viewer;
    }
    if (path.compare(u"/agentjoin/agentjoin.aspx", Qt::CaseInsensitive) == 0) {
        return StuKind::JoinPage;
    }
    if (path.compare(u"/account/getloginkey.aspx", Qt::CaseInsensitive) != 0 ||
        parameters.sso != QStringLiteral("1") || (parameters.redirect && parameters.test)) {
        return notAGlanceLink();
    }
    if (parameters.redirect) {
        if (parameters.redirect->compare(u"/account/accountsummary.aspx", Qt::CaseInsensitive)) {
            return notAGlanceLink();
        }
        return StuKind::AccountSummary;
    }
    if (parameters.test) {
        if (*parameters.test != u"11") {
            return notAGlanceLink();
        }
        return StuKind::SsoTroubleshooting;
    }
    return StuKind::LoginKey;
}

} // namespace

Result<Stu> Stu::parse(QStringView link)
{
    const QString text = link.trimmed().toString();
    const qsizetype schemeEnd = text.indexOf(QStringLiteral("://"));
    if (schemeEnd < 0) {
        return notAGlanceLink();
    }
    qsizetype fragmentStart = text.indexOf(u'#', schemeEnd);
    if (fragmentStart < 0) {
        fragmentStart = text.size();
    }
    qsizetype queryStart = text.indexOf(u'?', schemeEnd);
    if (queryStart < 0 || queryStart > fragmentStart) {
        queryStart = fragmentStart;
    }
    qsizetype pathStart = text.indexOf(u'/', schemeEnd + 3);
    if (pathStart < 0 || pathStart > queryStart) {
        pathStart = queryStart;
    }

    const auto server = Server::parse(QStringView(text).left(pathStart));
    if (!server) {
        return server.problem();
    }
    LinkParameters parameters;
    const QString query = text.mid(queryStart + 1, fragmentStart - queryStart - 1);
    if (queryStart < fragmentStart) {
        if (auto problem = collect(form::parseQuery(query.toUtf8()), parameters)) {
            return *problem;
        }
    }
    const auto kind = kindOf(QStringView(text).mid(pathStart, queryStart - pathStart), parameters);
    if (!kind) {
        return kind.problem();
    }

    StuParts parts;
    parts.server = *server;
    const auto selector = AccountSelector::parse(parameters.selectorKind, parameters.selectorValue);
    if (!selector) {
        return selector.problem();
    }
    parts.selector = *selector;
    if (parameters.sessionKey) {
        const auto key = SessionKey::parse(*parameters.sessionKey);
        if (!key) {
            return key.problem();
        }
        parts.sessionKey = *key;
    }
    const auto identity = Identity::parse(parameters.name, parameters.email, parameters.phone);
    if (!identity) {
        return identity.problem();
    }
    parts.identity = *identity;
    if (parameters.viewerSameWindow == u"1") {
        parts.joinOptions.viewerSameWindow = true;
    } else if (!parameters.viewerSameWindow.isEmpty() && parameters.viewerSameWindow != u"0") {
        return Problem(Field::None,
                       QT_TRANSLATE_NOOP("glance::Problem", "viewersamewindow must be 1 or 0"));
    }
    const auto mode = parseJoinMode(parameters.mode);
    if (!mode) {
        return mode.problem();
    }
    parts.joinOptions.mode = *mode;
    return make(*kind, std::move(parts));
}

} // namespace glance
