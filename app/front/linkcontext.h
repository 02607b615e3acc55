#pragma once

#include "core/stu.h"
#include "request.h"
#include "settingsvalues.h"

namespace glance {

// The checked settings a link is made from: identity, account selector, join-page options and
// server. Stored values are checked by the same rules as typed ones, so a bad value in a
// settings file is refused with its field named, never silently left off the link.
class LinkContext
{
public:
    static Result<LinkContext> check(const SettingsValues &values);

    const StuParts &parts() const { return m_parts; }

    // The link for kind; typedKey is the session key as typed or pasted, used by the viewer.
    Result<Stu> stu(StuKind kind, QStringView typedKey = {}) const;

private:
    explicit LinkContext(StuParts parts)
        : m_parts(std::move(parts))
    {}
    StuParts m_parts;
};

// The link a request opens, from the saved settings with the request's overrides applied.
Result<Stu> stuFor(const Request &request, const SettingsValues &saved);

// The viewer, join page or account page a link request opens.
StuKind stuKindOf(Request::Action action);

// "true"/"false" as stored; also 1/0, yes/no, on/off.
Result<bool> parseSettingsFlag(QStringView text);

} // namespace glance
