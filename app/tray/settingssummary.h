#pragma once

#include "core/stu.h"

#include <QString>

namespace glance {

// One line each, as the dialog and the tray show them: "User Name · user@example.com",
// "Group ID 12345".
QString describeIdentity(const Identity &identity);
QString describeAccount(const AccountSelector &selector);
QString selectorKindName(AccountSelector::Kind kind);

} // namespace glance
