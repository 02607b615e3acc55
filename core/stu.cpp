#include "stu.h"

#include "formencoding.h"

namespace glance {

namespace {

constexpr auto joinPagePath = "/agentjoin/AgentJoin.aspx";
constexpr auto viewerPath = "/agentjoin/AgentView.aspx";
constexpr auto loginKeyPath = "/account/GetLoginKey.aspx";
constexpr auto accountSummaryPath = u"/account/AccountSummary.aspx";
constexpr auto troubleshootingTest = u"11";

bool isAccountPage(StuKind kind)
{
    return kind == StuKind::AccountSummary || kind == StuKind::LoginKey ||
           kind == StuKind::SsoTroubleshooting;
}

void addSelector(form::QueryWriter &query, const AccountSelector &selector)
{
    if (!selector.isNone()) {
        query.add(selector.parameterName(), selector.value());
    }
}

void addIfSet(form::QueryWriter &query, QStringView name, const QString &value)
{
    if (!value.isEmpty()) {
        query.add(name, value);
    }
}

} // namespace

Result<Stu> Stu::make(StuKind kind, StuParts parts)
{
    if (kind == StuKind::Viewer && !parts.sessionKey) {
        return Problem(
            Field::SessionKey,
            QT_TRANSLATE_NOOP("glance::Problem", "enter the session key the customer gave you"));
    }
    if (isAccountPage(kind) && parts.selector.isNone()) {
        return Problem(Field::AccountSelector,
                       QT_TRANSLATE_NOOP("glance::Problem",
                                         "the account pages need a Group ID, group name, "
                                         "account token or Glance address"));
    }
    if (kind != StuKind::Viewer) {
        parts.sessionKey.reset();
    }
    if (kind != StuKind::JoinPage) {
        parts.joinOptions = JoinOptions();
    }
    if (isAccountPage(kind)) {
        parts.identity = Identity();
    }
    return Stu(kind, std::move(parts));
}

QString Stu::toString() const
{
    form::QueryWriter query;
    const char *path = loginKeyPath;
    switch (m_kind) {
    case StuKind::JoinPage:
    case StuKind::Viewer:
        path = m_kind == StuKind::Viewer ? viewerPath : joinPagePath;
        addSelector(query, m_parts.selector);
        if (m_parts.sessionKey) {
            query.add(u"SessionKey", m_parts.sessionKey->toString());
        }
        addIfSet(query, u"name", m_parts.identity.name());
        addIfSet(query, u"email", m_parts.identity.email());
        addIfSet(query, u"phone", m_parts.identity.phone());
        if (m_parts.joinOptions.viewerSameWindow) {
            query.add(u"viewersamewindow", u"1");
        }
        addIfSet(query, u"mode", joinModeValue(m_parts.joinOptions.mode));
        break;
    case StuKind::AccountSummary:
    case StuKind::LoginKey:
    case StuKind::SsoTroubleshooting:
        query.add(u"sso", u"1");
        if (m_kind == StuKind::SsoTroubleshooting) {
            query.add(u"test", troubleshootingTest);
        }
        addSelector(query, m_parts.selector);
        if (m_kind == StuKind::AccountSummary) {
            query.add(u"redirect", accountSummaryPath);
        }
        break;
    }
    QString link = m_parts.server.origin() + QLatin1String(path);
    if (!query.isEmpty()) {
        link += QLatin1Char('?') + QString::fromLatin1(query.query());
    }
    return link;
}

QUrl Stu::toUrl() const
{
    return QUrl::fromEncoded(toString().toLatin1(), QUrl::StrictMode);
}

} // namespace glance
