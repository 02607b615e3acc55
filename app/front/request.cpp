#include "request.h"

#include "core/accountselector.h"

namespace glance {

bool Overrides::isEmpty() const
{
    return *this == Overrides();
}

SettingsValues Overrides::appliedTo(SettingsValues values) const
{
    const auto apply = [](QString &target, const std::optional<QString> &value) {
        if (value) {
            target = *value;
        }
    };
    apply(values.name, name);
    apply(values.email, email);
    apply(values.phone, phone);
    if (selector) {
        values.selector = selector->first;
        values.selectorValue = selector->second;
    }
    if (viewerSameWindow) {
        values.viewerSameWindow =
            *viewerSameWindow ? QStringLiteral("true") : QStringLiteral("false");
    }
    apply(values.mode, mode);
    apply(values.server, server);
    return values;
}

QStringList Overrides::options() const
{
    QStringList given;
    if (selector) {
        given << QStringLiteral("--") + selector->first;
    }
    const std::pair<const std::optional<QString> &, const char *> texts[] = {{name, "--name"},
                                                                             {email, "--email"},
                                                                             {phone, "--phone"},
                                                                             {mode, "--mode"},
                                                                             {server, "--server"}};
    for (const auto &[value, option] : texts) {
        if (value) {
            given << QLatin1String(option);
        }
    }
    if (viewerSameWindow) {
        given << QStringLiteral("--same-window");
    }
    return given;
}

bool operator==(const Overrides &a, const Overrides &b)
{
    return a.name == b.name && a.email == b.email && a.phone == b.phone &&
           a.selector == b.selector && a.viewerSameWindow == b.viewerSameWindow &&
           a.mode == b.mode && a.server == b.server;
}

namespace {

struct CommandWord
{
    Request::Action action;
    const char *word;
};

constexpr CommandWord commandWords[] = {
    {Request::Action::Join, "join"},
    {Request::Action::OpenJoinPage, "agent-join"},
    {Request::Action::AccountSummary, "account-summary"},
    {Request::Action::LoginKey, "login-key"},
    {Request::Action::SsoTroubleshooting, "sso-test"},
    {Request::Action::ShowDialog, "dialog"},
    {Request::Action::ShowSettings, "settings"},
    {Request::Action::Quit, "quit"},
};

} // namespace

QString Request::commandWord(Action action)
{
    for (const CommandWord &command : commandWords) {
        if (command.action == action) {
            return QLatin1String(command.word);
        }
    }
    return {};
}

std::optional<Request::Action> Request::actionOfCommandWord(QStringView word)
{
    for (const CommandWord &command : commandWords) {
        if (word == QLatin1String(command.word)) {
            return command.action;
        }
    }
    return std::nullopt;
}

const QList<Request::Action> &Request::commandActions()
{
    static const QList<Action> actions = [] {
        QList<Action> list;
        for (const CommandWord &command : commandWords) {
            list << command.action;
        }
        return list;
    }();
    return actions;
}

std::optional<Problem> Request::shapeProblem() const
{
    if (overrides.selector) {
        const auto kind = AccountSelector::kindOf(overrides.selector->first);
        if (!kind || *kind == AccountSelector::Kind::None ||
            overrides.selector->first != AccountSelector::keyOf(*kind)) {
            return Problem(Field::CommandLine,
                           QT_TRANSLATE_NOOP("glance::Problem",
                                             "the account selector must be idpid, idpname, "
                                             "idptoken or idpusername"));
        }
    }
    if (!opensLink() && !overrides.isEmpty()) {
        return Problem(Field::CommandLine,
                       QT_TRANSLATE_NOOP("glance::Problem",
                                         "%1 only applies to a link: add a session key, --join, "
                                         "--agent-join, --account-summary, --login-key or "
                                         "--sso-test"),
                       {overrides.options().constFirst()});
    }
    return std::nullopt;
}

bool Request::opensLink() const
{
    switch (action) {
    case Action::Join:
    case Action::OpenJoinPage:
    case Action::AccountSummary:
    case Action::LoginKey:
    case Action::SsoTroubleshooting:
        return true;
    case Action::Start:
    case Action::ShowDialog:
    case Action::ShowSettings:
    case Action::Quit:
        return false;
    }
    return false;
}

} // namespace glance
