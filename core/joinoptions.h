#pragma once

#include "result.h"

#include <QString>

namespace glance {

// Which prompt the join page shows; Default leaves the choice to Glance.
enum class JoinMode
{
    Default,
    UniversalJoin,
    ChatInvitation,
    SmsInvitation,
};

// Options only the join page reads.
struct JoinOptions
{
    bool viewerSameWindow = false;
    JoinMode mode = JoinMode::Default;

    friend bool operator==(const JoinOptions &a, const JoinOptions &b)
    {
        return a.viewerSameWindow == b.viewerSameWindow && a.mode == b.mode;
    }
    friend bool operator!=(const JoinOptions &a, const JoinOptions &b) { return !(a == b); }
};

// "" for Default, else the link value: "universaljoin", "chatinvitation", "smsinvitation".
QString joinModeValue(JoinMode mode);
// Accepts those values in any case, and "" or "default" for Default.
Result<JoinMode> parseJoinMode(QStringView typed);

} // namespace glance
