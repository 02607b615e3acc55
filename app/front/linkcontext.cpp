#include "linkcontext.h"

#include "core/pastedkey.h"

namespace glance {

Result<bool> parseSettingsFlag(QStringView text)
{
    const QStringView value = text.trimmed();
    for (const char16_t *yes : {u"true", u"1", u"yes", u"on"}) {
        if (value.compare(yes, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    for (const char16_t *no : {u"false", u"0", u"no", u"off", u""}) {
        if (value.compare(no, Qt::CaseInsensitive) == 0) {
            return false;
        }
    }
    return Problem(
        Field::Settings,
        QT_TRANSLATE_NOOP("glance::Problem", "join/viewerSameWindow must be true or false"));
}

Result<LinkContext> LinkContext::check(const SettingsValues &values)
{
    if (!values.unreadable.isEmpty()) {
        return Problem(Field::Settings,
                       QT_TRANSLATE_NOOP("glance::Problem",
                                         "%1 is not valid text: write it as UTF-8 text, in double "
                                         "quotes if it holds a comma or a semicolon"),
                       {values.unreadable.constFirst()});
    }
    StuParts parts;
    const auto identity = Identity::parse(values.name, values.email, values.phone);
    if (!identity) {
        return identity.problem();
    }
    parts.identity = *identity;

    const auto kind = AccountSelector::kindOf(values.selector.trimmed());
    if (!kind) {
        return Problem(Field::AccountSelector,
                       QT_TRANSLATE_NOOP("glance::Problem",
                                         "one of none, idpid, idpname, idptoken or idpusername"));
    }
    const auto selector = AccountSelector::parse(*kind, values.selectorValue);
    if (!selector) {
        return selector.problem();
    }
    parts.selector = *selector;

    const auto sameWindow = parseSettingsFlag(values.viewerSameWindow);
    if (!sameWindow) {
        return sameWindow.problem();
    }
    parts.joinOptions.viewerSameWindow = *sameWindow;
    const auto mode = parseJoinMode(values.mode);
    if (!mode) {
        return mode.problem();
    }
    parts.joinOptions.mode = *mode;

    const auto server = Server::parse(values.server);
    if (!server) {
        return server.problem();
    }
    parts.server = *server;
    return LinkContext(std::move(parts));
}

Result<Stu> LinkContext::stu(StuKind kind, QStringView typedKey) const
{
    StuParts parts = m_parts;
    if (kind == StuKind::Viewer) {
        const auto key = sessionKeyFromPaste(typedKey);
        if (!key) {
            return key.problem();
        }
        parts.sessionKey = *key;
    }
    return Stu::make(kind, std::move(parts));
}

StuKind stuKindOf(Request::Action action)
{
    switch (action) {
    case Request::Action::Join:
        return StuKind::Viewer;
    case Request::Action::AccountSummary:
        return StuKind::AccountSummary;
    case Request::Action::LoginKey:
        return StuKind::LoginKey;
    case Request::Action::SsoTroubleshooting:
        return StuKind::SsoTroubleshooting;
    default:
        return StuKind::JoinPage;
    }
}

Result<Stu> stuFor(const Request &request, const SettingsValues &saved)
{
    const auto context = LinkContext::check(request.overrides.appliedTo(saved));
    if (!context) {
        return context.problem();
    }
    return context->stu(stuKindOf(request.action), request.sessionKey);
}

} // namespace glance
