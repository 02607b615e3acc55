#include "problem.h"

#include <QCoreApplication>

namespace glance {

Problem::Problem(Field field, const char *rule, QStringList args)
    : m_field(field)
    , m_rule(rule)
    , m_args(std::move(args))
{}

QString Problem::fieldName() const
{
    return fieldName(m_field);
}

QString Problem::rule() const
{
    if (!m_rule) {
        return {};
    }
    QString text = QCoreApplication::translate("glance::Problem", m_rule);
    for (const QString &arg : m_args) {
        text = text.arg(arg);
    }
    return text;
}

QString Problem::message() const
{
    QString text = rule();
    if (m_field != Field::None) {
        //: A refused value: the field's name, then the rule it broke.
        text = QCoreApplication::translate("glance::Problem", "%1: %2").arg(fieldName(), text);
    }
    if (!m_context.isEmpty()) {
        //: A refused value's message, then where the value came from.
        text = QCoreApplication::translate("glance::Problem", "%1 (%2)").arg(text, m_context);
    }
    return text;
}

Problem Problem::withContext(const QString &context) const
{
    Problem problem = *this;
    problem.m_context = context;
    return problem;
}

QString Problem::fieldName(Field field)
{
    switch (field) {
    case Field::None:
        return {};
    case Field::SessionKey:
        return QCoreApplication::translate("glance::Problem", "Session key");
    case Field::Name:
        return QCoreApplication::translate("glance::Problem", "Name");
    case Field::Email:
        return QCoreApplication::translate("glance::Problem", "Email");
    case Field::Phone:
        return QCoreApplication::translate("glance::Problem", "Phone");
    case Field::AccountSelector:
        return QCoreApplication::translate("glance::Problem", "Account selector");
    case Field::GroupId:
        return QCoreApplication::translate("glance::Problem", "Group ID");
    case Field::GroupName:
        return QCoreApplication::translate("glance::Problem", "Group name");
    case Field::AccountToken:
        return QCoreApplication::translate("glance::Problem", "Account token");
    case Field::GlanceAddress:
        return QCoreApplication::translate("glance::Problem", "Glance address");
    case Field::JoinMode:
        return QCoreApplication::translate("glance::Problem", "Join page mode");
    case Field::Server:
        return QCoreApplication::translate("glance::Problem", "Server");
    case Field::CommandLine:
        return QCoreApplication::translate("glance::Problem", "Command line");
    case Field::Settings:
        return QCoreApplication::translate("glance::Problem", "Settings");
    }
    return {};
}

} // namespace glance
