#pragma once

#include "core/problem.h"
#include "request.h"

#include <QStringList>

namespace glance {

// The command line, the same words desktop shortcuts and other programs use:
//   glance-launcher [KEY-OR-LINK] [--join KEY | --agent-join | --account-summary | --login-key
//                   | --sso-test | --dialog | --settings] [--print] [overrides]
class CommandLine
{
public:
    enum class Outcome
    {
        Run,
        ShowHelp,
        ShowVersion,
        Refused,
    };

    static CommandLine parse(const QStringList &arguments);

    Outcome outcome() const { return m_outcome; }
    const Request &request() const { return m_request; }
    // --print: write the link to stdout instead of opening it.
    bool printOnly() const { return m_printOnly; }
    const Problem &problem() const { return m_problem; }
    // The --help or --version text.
    const QString &text() const { return m_text; }

private:
    Outcome m_outcome = Outcome::Run;
    Request m_request;
    bool m_printOnly = false;
    Problem m_problem;
    QString m_text;
};

} // namespace glance
