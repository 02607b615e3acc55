#include "linkcontext.h"

#include "core/pastedkey.h"

#include <QCoreApplication>

namespace glance {

namespace {

bool carriesIdentity(StuKind kind)
{
    return kind == StuKind::Viewer || kind == StuKind::JoinPage;
}

bool carries(StuKind kind, QStringView key)
{
    if (key.startsWith(u"identity/")) {
        return carriesIdentity(kind);
    }
    if (key.startsWith(u"join/")) {
        return kind == StuKind::JoinPage;
    }
    return true;
}

// The settings key and command-line option a refused field's value came from.
struct Source
{
    Field field;
    const char *key;
    const char *option;
};

constexpr Source sources[] = {
    {Field::Name, "identity/name", "--name"},
    {Field::Email, "identity/email", "--email"},
    {Field::Phone, "identity/phone", "--phone"},
    {Field::AccountSelector, "account/selector", nullptr},
    {Field::GroupId, "account/value", "--idpid"},
    {Field::GroupName, "account/value", "--idpname"},
    {Field::AccountToken, "account/value", "--idptoken"},
    {Field::GlanceAddress, "account/value", "--idpusername"},
    {Field::JoinMode, "join/mode", "--mode"},
    {Field::Server, "service/server", "--server"},
};

bool overridden(const Overrides &overrides, Field field)
{
    switch (field) {
    case Field::Name:
        return overrides.name.has_value();
    case Field::Email:
        return overrides.email.has_value();
    case Field::Phone:
        return overrides.phone.has_value();
    case Field::GroupId:
    case Field::GroupName:
    case Field::AccountToken:
    case Field::GlanceAddress:
        return overrides.selector.has_value();
    case Field::JoinMode:
        return overrides.mode.has_value();
    case Field::Server:
        return overrides.server.has_value();
    default:
        return false;
    }
}

Problem withSource(const Problem &problem, const Overrides &overrides, const SettingsValues &saved)
{
    for (const Source &source : sources) {
        if (source.field != problem.field()) {
            continue;
        }
        if (overridden(overrides, source.field) && source.option) {
            return problem.withContext(
                QCoreApplication::translate("glance::LinkContext", "given with %1")
                    .arg(QLatin1String(source.option)));
        }
        const QString key = QLatin1String(source.key);
        if (saved.origins.contains(key)) {
            //: Where a refused value came from: a settings key and the file that holds it.
            return problem.withContext(
                QCoreApplication::translate("glance::LinkContext", "%1 in %2")
                    .arg(key, saved.origins.value(key)));
        }
        return problem.withContext(
            QCoreApplication::translate("glance::LinkContext", "%1 in the settings").arg(key));
    }
    return problem;
}

} // namespace

Result<bool> parseSettingsFlag(QStringView text, const char *key)
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
    return Problem(Field::Settings,
                   QT_TRANSLATE_NOOP("glance::Problem", "%1 must be true or false"),
                   {QLatin1String(key)});
}

namespace {

// The problem of a stored value, with the file it came from when known.
Problem inItsFile(const Problem &problem, const QString &key, const SettingsValues &values)
{
    if (!values.origins.contains(key)) {
        return problem;
    }
    return problem.withContext(
        QCoreApplication::translate("glance::LinkContext", "in %1").arg(values.origins.value(key)));
}

Problem unreadableProblem(const QString &key, const SettingsValues &values)
{
    return inItsFile(Problem(Field::Settings,
                             QT_TRANSLATE_NOOP("glance::Problem",
                                               "%1 is not valid text: write it as UTF-8 text, in "
                                               "double quotes if it holds a comma or a semicolon"),
                             {key}),
                     key, values);
}

Result<bool> storedFlag(const SettingsValues &values, const QString &value, const char *key)
{
    auto flag = parseSettingsFlag(value, key);
    if (!flag) {
        return inItsFile(flag.problem(), QLatin1String(key), values);
    }
    return flag;
}

Result<AccountSelector> selectorOf(const SettingsValues &values)
{
    const auto kind = AccountSelector::kindOf(values.selector.trimmed());
    if (!kind) {
        return Problem(Field::AccountSelector,
                       QT_TRANSLATE_NOOP("glance::Problem",
                                         "one of none, idpid, idpname, idptoken or idpusername"));
    }
    return AccountSelector::parse(*kind, values.selectorValue);
}

Result<bool> sameWindowOf(const SettingsValues &values)
{
    return storedFlag(values, values.viewerSameWindow, "join/viewerSameWindow");
}

Result<bool> keepRecentOf(const SettingsValues &values)
{
    return storedFlag(values, values.keepRecent, "history/keepRecent");
}

} // namespace

Result<StuParts> linkParts(StuKind kind, const SettingsValues &values)
{
    for (const QString &key : values.unreadable) {
        if (carries(kind, key)) {
            return unreadableProblem(key, values);
        }
    }
    StuParts parts;
    if (carriesIdentity(kind)) {
        const auto identity = Identity::parse(values.name, values.email, values.phone);
        if (!identity) {
            return identity.problem();
        }
        parts.identity = *identity;
    }
    const auto selector = selectorOf(values);
    if (!selector) {
        return selector.problem();
    }
    parts.selector = *selector;
    if (kind == StuKind::JoinPage) {
        const auto sameWindow = sameWindowOf(values);
        if (!sameWindow) {
            return sameWindow.problem();
        }
        parts.joinOptions.viewerSameWindow = *sameWindow;
        const auto mode = parseJoinMode(values.mode);
        if (!mode) {
            return mode.problem();
        }
        parts.joinOptions.mode = *mode;
    }
    const auto server = Server::parse(values.server);
    if (!server) {
        return server.problem();
    }
    parts.server = *server;
    return parts;
}

Result<StuParts> checkedSettings(const SettingsValues &values)
{
    if (const auto keepRecent = keepRecentOf(values); !keepRecent) {
        return keepRecent.problem();
    }
    // The join page carries every other setting.
    return linkParts(StuKind::JoinPage, values);
}

QList<Problem> settingsProblems(const SettingsValues &values)
{
    QList<Problem> problems;
    for (const QString &key : values.unreadable) {
        problems << unreadableProblem(key, values);
    }
    const auto add = [&problems](const auto &result) {
        if (!result.ok()) {
            problems << result.problem();
        }
    };
    add(Identity::parseName(values.name));
    add(Identity::parseEmail(values.email));
    add(Identity::parsePhone(values.phone));
    add(selectorOf(values));
    add(sameWindowOf(values));
    add(parseJoinMode(values.mode));
    add(Server::parse(values.server));
    add(keepRecentOf(values));
    return problems;
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

// A command-line value for a setting the administrator locked.
std::optional<Problem> lockedOverride(const Overrides &overrides, const SettingsValues &saved)
{
    struct Given
    {
        bool given;
        const char *key;
        QString option;
    };
    const Given values[] = {
        {overrides.name.has_value(), "identity/name", QStringLiteral("--name")},
        {overrides.email.has_value(), "identity/email", QStringLiteral("--email")},
        {overrides.phone.has_value(), "identity/phone", QStringLiteral("--phone")},
        {overrides.selector.has_value(), "account/selector",
         overrides.selector ? QStringLiteral("--") + overrides.selector->first : QString()},
        {overrides.viewerSameWindow.has_value(), "join/viewerSameWindow",
         QStringLiteral("--same-window")},
        {overrides.mode.has_value(), "join/mode", QStringLiteral("--mode")},
        {overrides.server.has_value(), "service/server", QStringLiteral("--server")},
    };
    for (const Given &value : values) {
        if (value.given && saved.isLocked(value.key)) {
            return Problem(Field::CommandLine,
                           QT_TRANSLATE_NOOP("glance::Problem",
                                             "%1 cannot be used: %2 is set by your "
                                             "administrator"),
                           {value.option, QLatin1String(value.key)});
        }
    }
    return std::nullopt;
}

Result<Stu> stuFor(const Request &request, const SettingsValues &saved)
{
    if (const auto problem = lockedOverride(request.overrides, saved)) {
        return *problem;
    }
    const StuKind kind = stuKindOf(request.action);
    StuParts parts;
    if (kind == StuKind::Viewer) {
        // The key first: it is what the agent just typed.
        const auto key = sessionKeyFromPaste(request.sessionKey);
        if (!key) {
            return key.problem();
        }
        parts.sessionKey = *key;
    }
    const auto checked = linkParts(kind, request.overrides.appliedTo(saved));
    if (!checked) {
        return withSource(checked.problem(), request.overrides, saved);
    }
    const std::optional<SessionKey> key = parts.sessionKey;
    parts = *checked;
    parts.sessionKey = key;
    return Stu::make(kind, std::move(parts));
}

} // namespace glance
