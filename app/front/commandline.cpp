#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace glance {

namespace {

constexpr const char *selectorOptions[] = {"idpid", "idpname", "idptoken", "idpusername"};
constexpr const char *valueOptions[] = {"join",    "name",     "email",       "phone", "idpid",
                                        "idpname", "idptoken", "idpusername", "mode",  "server"};

QString opt(const char *name)
{
    return QLatin1String(name);
}

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "glance::CommandLine",
        "Opens Glance sessions and account pages. With no arguments, starts the tray app, or "
        "shows its dialog when it is running already."));
    // Not addHelpOption(): it adds Qt's --help-all, for options of Qt's own, which the app does
    // not take (QApplication never sees the arguments).
    parser.addOption({{QStringLiteral("h"), QStringLiteral("help"), QStringLiteral("help-all")},
                      QCoreApplication::translate("glance::CommandLine", "Show this help.")});
    parser.addVersionOption();
    parser.addPositionalArgument(
        QCoreApplication::translate("glance::CommandLine", "key-or-link"),
        QCoreApplication::translate(
            "glance::CommandLine",
            "Join the session with this session key, or the key of this Glance viewer link."),
        QCoreApplication::translate("glance::CommandLine", "[KEY-OR-LINK]"));
    parser.addOptions({
        {opt("join"),
         QCoreApplication::translate("glance::CommandLine",
                                     "Join the session with this session key or link."),
         QCoreApplication::translate("glance::CommandLine", "key")},
        {opt("agent-join"),
         QCoreApplication::translate("glance::CommandLine",
                                     "Open the join page, which asks for the session key.")},
        {opt("account-summary"),
         QCoreApplication::translate("glance::CommandLine",
                                     "Open the account summary (needs an account selector).")},
        {opt("login-key"),
         QCoreApplication::translate("glance::CommandLine",
                                     "Open the login key page (needs an account selector).")},
        {opt("sso-test"), QCoreApplication::translate(
                              "glance::CommandLine",
                              "Open the SSO troubleshooting page (needs an account selector).")},
        {opt("dialog"),
         QCoreApplication::translate("glance::CommandLine", "Show the session-key dialog.")},
        {opt("settings"), QCoreApplication::translate("glance::CommandLine", "Show the settings.")},
        {opt("quit"), QCoreApplication::translate("glance::CommandLine", "Quit the running app.")},
        {opt("print"),
         QCoreApplication::translate("glance::CommandLine",
                                     "Write the link to standard output instead of opening it.")},
        {opt("name"),
         QCoreApplication::translate("glance::CommandLine", "Your name, for this call only."),
         QCoreApplication::translate("glance::CommandLine", "name")},
        {opt("email"),
         QCoreApplication::translate("glance::CommandLine",
                                     "Your email address, for this call only."),
         QCoreApplication::translate("glance::CommandLine", "email")},
        {opt("phone"),
         QCoreApplication::translate("glance::CommandLine",
                                     "Your phone number, for this call only."),
         QCoreApplication::translate("glance::CommandLine", "phone")},
        {opt("idpid"),
         QCoreApplication::translate("glance::CommandLine",
                                     "The account's Group ID, for this call only."),
         QCoreApplication::translate("glance::CommandLine", "id")},
        {opt("idpname"),
         QCoreApplication::translate("glance::CommandLine",
                                     "The account's group name, for this call only."),
         QCoreApplication::translate("glance::CommandLine", "name")},
        {opt("idptoken"),
         QCoreApplication::translate("glance::CommandLine",
                                     "The account's token, for this call only."),
         QCoreApplication::translate("glance::CommandLine", "token")},
        {opt("idpusername"),
         QCoreApplication::translate("glance::CommandLine",
                                     "A Glance address in the account, for this call only."),
         QCoreApplication::translate("glance::CommandLine", "address")},
        {opt("same-window"), QCoreApplication::translate(
                                 "glance::CommandLine",
                                 "Open the viewer in the join page's window, for this call only.")},
        {opt("mode"),
         QCoreApplication::translate(
             "glance::CommandLine",
             "The join page's prompt, for this call only: universaljoin, chatinvitation or "
             "smsinvitation."),
         QCoreApplication::translate("glance::CommandLine", "mode")},
        {opt("server"),
         QCoreApplication::translate("glance::CommandLine",
                                     "The Glance server, for this call only."),
         QCoreApplication::translate("glance::CommandLine", "url")},
    });
}

Problem refusal(const char *rule, QStringList args = {})
{
    return Problem(Field::CommandLine, rule, std::move(args));
}

} // namespace

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine result;
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    addOptions(parser);

    if (!parser.parse(arguments)) {
        result.m_outcome = Outcome::Refused;
        result.m_problem =
            refusal(QT_TRANSLATE_NOOP("glance::Problem", "%1"), {parser.errorText()});
        return result;
    }
    // Qt adds --help-all for its own options too; the app takes none (QApplication never sees
    // the arguments), so it is the same help.
    if (parser.isSet(opt("help")) || parser.isSet(opt("help-all"))) {
        result.m_outcome = Outcome::ShowHelp;
        result.m_text = parser.helpText();
        return result;
    }
    if (parser.isSet(opt("version"))) {
        result.m_outcome = Outcome::ShowVersion;
        result.m_text = QCoreApplication::applicationName() + QLatin1Char(' ') +
                        QCoreApplication::applicationVersion() + QLatin1Char('\n');
        return result;
    }
    const auto refuse = [&result](Problem problem) {
        result.m_outcome = Outcome::Refused;
        result.m_problem = std::move(problem);
        return result;
    };

    // Each option at most once: QCommandLineParser takes repeats, and a second value or flag
    // would be either dropped or meant as something else.
    const QStringList given = parser.optionNames();
    for (const QString &name : given) {
        if (const qsizetype times = given.count(name); times > 1) {
            return refuse(refusal(QT_TRANSLATE_NOOP("glance::Problem", "--%1 is given %2 times"),
                                  {name, QString::number(times)}));
        }
    }
    // A value that is itself an option means the real value was forgotten ("--name --print
    // 1234" would otherwise open a link for someone named "--print").
    for (const char *name : valueOptions) {
        const QStringList values = parser.values(opt(name));
        if (!values.isEmpty() && values.constFirst().startsWith(QStringLiteral("--"))) {
            return refuse(refusal(
                QT_TRANSLATE_NOOP("glance::Problem", "--%1 is missing its value (it took %2)"),
                {opt(name), values.constFirst()}));
        }
    }

    // The action: at most one of a positional key, --join or an action option.
    QStringList actionsGiven;
    Request &request = result.m_request;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        return refuse(refusal(QT_TRANSLATE_NOOP("glance::Problem",
                                                "give one session key or link, not %1 (put "
                                                "quotes around a key with spaces)"),
                              {QString::number(positional.size())}));
    }
    if (!positional.isEmpty()) {
        actionsGiven << QCoreApplication::translate("glance::CommandLine", "the session key %1")
                            .arg(positional.constFirst());
        request.action = Request::Action::Join;
        request.sessionKey = positional.constFirst();
    }
    if (parser.isSet(opt("join"))) {
        actionsGiven << QStringLiteral("--join");
        request.action = Request::Action::Join;
        request.sessionKey = parser.value(opt("join"));
    }
    for (const Request::Action action : Request::commandActions()) {
        const QString word = Request::commandWord(action);
        if (action != Request::Action::Join && parser.isSet(word)) {
            actionsGiven << QStringLiteral("--") + word;
            request.action = action;
        }
    }
    if (actionsGiven.size() > 1) {
        return refuse(refusal(QT_TRANSLATE_NOOP("glance::Problem", "choose one of %1"),
                              {actionsGiven.join(QStringLiteral(", "))}));
    }

    // The overrides, for this call only.
    Overrides &overrides = request.overrides;
    for (const char *name : selectorOptions) {
        if (parser.isSet(opt(name))) {
            if (overrides.selector) {
                return refuse(
                    refusal(QT_TRANSLATE_NOOP("glance::Problem", "give at most one of --idpid, "
                                                                 "--idpname, --idptoken and "
                                                                 "--idpusername")));
            }
            overrides.selector = std::make_pair(opt(name), parser.value(opt(name)));
        }
    }
    const auto valueOf = [&parser](const char *name) -> std::optional<QString> {
        if (!parser.isSet(opt(name))) {
            return std::nullopt;
        }
        return parser.value(opt(name));
    };
    overrides.name = valueOf("name");
    overrides.email = valueOf("email");
    overrides.phone = valueOf("phone");
    overrides.mode = valueOf("mode");
    overrides.server = valueOf("server");
    if (parser.isSet(opt("same-window"))) {
        overrides.viewerSameWindow = true;
    }

    result.m_printOnly = parser.isSet(opt("print"));
    if (result.m_printOnly && !request.opensLink()) {
        return refuse(refusal(QT_TRANSLATE_NOOP("glance::Problem",
                                                "--print needs a link to print: a session key, "
                                                "--join, --agent-join, --account-summary, "
                                                "--login-key or --sso-test")));
    }
    if (const auto problem = request.shapeProblem()) {
        return refuse(*problem);
    }
    return result;
}

} // namespace glance
