#include "stu.h"

#include "formencoding.h"

namespace glance {

namespace {

// Views made at compile time, so that writing a link measures no literal.
constexpr QStringView joinPagePath = u"/agentjoin/AgentJoin.aspx";
constexpr QStringView viewerPath = u"/agentjoin/AgentView.aspx";
constexpr QStringView loginKeyPath = u"/account/GetLoginKey.aspx";
constexpr QStringView accountSummaryPath = u"/account/AccountSummary.aspx";
constexpr QStringView troubleshootingTest = u"11";
constexpr QStringView on = u"1";
constexpr QStringView sessionKeyName = u"SessionKey";
constexpr QStringView nameName = u"name";
constexpr QStringView emailName = u"email";
constexpr QStringView phoneName = u"phone";
constexpr QStringView viewerSameWindowName = u"viewersamewindow";
constexpr QStringView modeName = u"mode";
constexpr QStringView ssoName = u"sso";
constexpr QStringView testName = u"test";
constexpr QStringView redirectName = u"redirect";

bool isAccountPage(StuKind kind)
{
    return kind == StuKind::AccountSummary || kind == StuKind::LoginKey ||
           kind == StuKind::SsoTroubleshooting;
}

QStringView pathOf(StuKind kind)
{
    switch (kind) {
    case StuKind::JoinPage:
        return joinPagePath;
    case StuKind::Viewer:
        return viewerPath;
    case StuKind::AccountSummary:
    case StuKind::LoginKey:
    case StuKind::SsoTroubleshooting:
        break;
    }
    return loginKeyPath;
}

void addIfSet(form::LinkWriter &writer, QStringView name, const QString &value)
{
    if (!value.isEmpty()) {
        writer.add(name, value);
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
    // The writer holds views: what it is given must outlive it.
    const AccountSelector &selector = m_parts.selector;
    const QString selectorName = selector.isNone() ? QString() : selector.parameterName();
    const QString mode = joinModeValue(m_parts.joinOptions.mode);
    form::LinkWriter writer;
    switch (m_kind) {
    case StuKind::JoinPage:
    case StuKind::Viewer:
        addIfSet(writer, selectorName, selector.value());
        if (m_parts.sessionKey) {
            writer.add(sessionKeyName, m_parts.sessionKey->toString());
        }
        addIfSet(writer, nameName, m_parts.identity.name());
        addIfSet(writer, emailName, m_parts.identity.email());
        addIfSet(writer, phoneName, m_parts.identity.phone());
        if (m_parts.joinOptions.viewerSameWindow) {
            writer.add(viewerSameWindowName, on);
        }
        addIfSet(writer, modeName, mode);
        break;
    case StuKind::AccountSummary:
    case StuKind::LoginKey:
    case StuKind::SsoTroubleshooting:
        writer.add(ssoName, on);
        if (m_kind == StuKind::SsoTroubleshooting) {
            writer.add(testName, troubleshootingTest);
        }
        addIfSet(writer, selectorName, selector.value());
        if (m_kind == StuKind::AccountSummary) {
            writer.add(redirectName, accountSummaryPath);
        }
        break;
    }
    return writer.link(m_parts.server.origin(), pathOf(m_kind));
}

QUrl Stu::toUrl() const
{
    return QUrl::fromEncoded(toString().toLatin1(), QUrl::StrictMode);
}

} // namespace glance
