#pragma once

#include <QString>
#include <QStringList>

namespace glance {

// The thing a user typed, chose or configured that a rule is about. Every refusal names one.
enum class Field
{
    None,
    SessionKey,
    Name,
    Email,
    Phone,
    AccountSelector,
    GroupId,
    GroupName,
    AccountToken,
    GlanceAddress,
    JoinMode,
    Server,
    CommandLine,
    Settings,
};

// Why a value was refused: the field and the rule it broke. The rule is kept untranslated and
// translated only when shown, so the core can refuse values before any translator is loaded.
class Problem
{
public:
    Problem() = default;
    // rule: a QT_TRANSLATE_NOOP("glance::Problem", ...) text; %1, %2... are filled from args.
    Problem(Field field, const char *rule, QStringList args = {});

    bool isNull() const { return m_rule == nullptr; }
    Field field() const { return m_field; }

    QString fieldName() const;
    QString rule() const;
    // "Email: needs one @ with text on both sides", and the context in brackets when set.
    QString message() const;

    // Where the value came from, such as "identity/email in the settings": shown after the rule.
    Problem withContext(const QString &context) const;

    static QString fieldName(Field field);

private:
    Field m_field = Field::None;
    const char *m_rule = nullptr;
    QStringList m_args;
    QString m_context;
};

} // namespace glance
