#pragma once

#include "result.h"
#include "sessionkey.h"

namespace glance {

// What agents paste into the key field: a key with stray spaces, line breaks or invisible
// characters, perhaps after a "Session key:" label, or text holding a Glance viewer or join
// link, whose SessionKey (or VisitorId, in any case) is taken.
Result<SessionKey> sessionKeyFromPaste(QStringView pasted);

} // namespace glance
