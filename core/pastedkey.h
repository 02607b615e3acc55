#pragma once

#include "result.h"
#include "sessionkey.h"

#include <optional>

namespace glance {

// What agents paste into the key field: a key with stray spaces, line breaks or invisible
// characters, perhaps after a "Session key:" label, or text holding a Glance viewer or join
// link, whose SessionKey (or VisitorId, in any case) is taken.
Result<SessionKey> sessionKeyFromPaste(QStringView pasted);

// The key the clipboard holds, for joining it in one click: a Glance viewer or join link, or a
// short text that is a key holding at least one digit. Any word is a valid key by the rules,
// and offering to join "thanks" would be noise.
std::optional<SessionKey> sessionKeyOnClipboard(QStringView clipboard);

} // namespace glance
