#pragma once

#include "core/problem.h"
#include "settingsvalues.h"

#include <QList>
#include <QString>

#include <optional>

namespace glance {

// Values given for one request only, over the saved settings.
struct Overrides
{
    std::optional<QString> name;
    std::optional<QString> email;
    std::optional<QString> phone;
    // The settings key of the selector ("idpid", ...) and its value.
    std::optional<std::pair<QString, QString>> selector;
    std::optional<bool> viewerSameWindow;
    std::optional<QString> mode;
    std::optional<QString> server;

    bool isEmpty() const;
    SettingsValues appliedTo(SettingsValues values) const;
    // The command-line options these overrides stand for, in the command line's order.
    QStringList options() const;

    friend bool operator==(const Overrides &a, const Overrides &b);
};

// What to open or show. The tray menu, the dialogs, the command line and desktop shortcuts all
// produce one of these, and one place carries it out.
struct Request
{
    enum class Action
    {
        Start,
        ShowDialog,
        ShowSettings,
        Join,
        OpenJoinPage,
        AccountSummary,
        LoginKey,
        SsoTroubleshooting,
        Quit,
    };

    Action action = Action::Start;
    QString sessionKey; // as typed or pasted, for Join
    Overrides overrides;

    bool opensLink() const;
    // A request that cannot be carried out as it stands, whatever its values: overrides
    // without a link to apply them to, a selector that is not one, a join without a key. The
    // command line and the running app refuse it alike.
    std::optional<Problem> shapeProblem() const;

    // The command line's word for an action ("join", "agent-join", "dialog", ...), which
    // desktop shortcuts and forwarded requests use too. Start has none.
    static QString commandWord(Action action);
    static std::optional<Action> actionOfCommandWord(QStringView word);
    // Every action that has a word.
    static const QList<Action> &commandActions();

    friend bool operator==(const Request &a, const Request &b)
    {
        return a.action == b.action && a.sessionKey == b.sessionKey && a.overrides == b.overrides;
    }
};

} // namespace glance
