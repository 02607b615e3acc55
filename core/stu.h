#pragma once

#include "accountselector.h"
#include "identity.h"
#include "joinoptions.h"
#include "result.h"
#include "server.h"
#include "sessionkey.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace glance {

enum class StuKind
{
    JoinPage,
    Viewer,
    AccountSummary,
    LoginKey,
    SsoTroubleshooting,
};

// Everything a link can carry. Stu::make keeps only what its kind carries.
struct StuParts
{
    Server server;
    AccountSelector selector;
    std::optional<SessionKey> sessionKey;
    Identity identity;
    JoinOptions joinOptions;

    friend bool operator==(const StuParts &a, const StuParts &b)
    {
        return a.server == b.server && a.selector == b.selector && a.sessionKey == b.sessionKey &&
               a.identity == b.identity && a.joinOptions == b.joinOptions;
    }
};

// A Service Target URL in its one canonical form. The parts are valid by construction, so
// writing the link cannot fail.
class Stu
{
public:
    // Refuses a viewer without a session key and an account page without an account selector.
    static Result<Stu> make(StuKind kind, StuParts parts);
    // Reads a link on any server, names and path in any case, SessionKey or VisitorId.
    // Parameters Glance has but this project does not write are passed over.
    static Result<Stu> parse(QStringView link);

    StuKind kind() const { return m_kind; }
    const StuParts &parts() const { return m_parts; }

    // Parameter order: viewer and join page: selector, SessionKey, name, email, phone,
    // viewersamewindow, mode; account pages: sso, test, selector, redirect.
    QString toString() const;
    QUrl toUrl() const;

    friend bool operator==(const Stu &a, const Stu &b)
    {
        return a.m_kind == b.m_kind && a.m_parts == b.m_parts;
    }

private:
    Stu(StuKind kind, StuParts parts)
        : m_kind(kind)
        , m_parts(std::move(parts))
    {}
    StuKind m_kind;
    StuParts m_parts;
};

} // namespace glance
