#pragma once

#include "core/stu.h"
#include "request.h"
#include "settingsvalues.h"

namespace glance {

// Turns settings text into the checked parts of a link. Stored values are checked by the same
// rules as typed ones, so a bad value in a settings file is refused with its field named, never
// silently left off the link; and only the values a link carries are checked, so a bad join-page
// mode does not stop anyone from joining a session.

// The parts a link of kind carries, checked. A viewer also needs its key: see stuFor.
Result<StuParts> linkParts(StuKind kind, const SettingsValues &values);

// Every value checked, as the settings dialog does before it saves.
Result<StuParts> checkedSettings(const SettingsValues &values);
// Every refusal at once, one per value, so that a dialog can name all the fields to fix.
QList<Problem> settingsProblems(const SettingsValues &values);

// The link a request opens, from the saved settings with the request's overrides applied. A
// refusal says where the bad value came from: the command line or the settings.
Result<Stu> stuFor(const Request &request, const SettingsValues &saved);

// The viewer, join page or account page a link request opens.
StuKind stuKindOf(Request::Action action);

// "true"/"false" as stored; also 1/0, yes/no, on/off. key names the setting in a refusal.
Result<bool> parseSettingsFlag(QStringView text, const char *key);

} // namespace glance
