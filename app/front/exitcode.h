#pragma once

namespace glance {

enum class ExitCode
{
    Success = 0,
    OpenFailed = 1, // the link could not be opened, or the app could not be reached
    BadInput = 2,   // a value or the command line broke a rule; nothing was opened
    NoAnswer = 3,   // the running app did not answer in time
};

} // namespace glance
