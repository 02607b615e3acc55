#include "logging.h"

namespace glance {
Q_LOGGING_CATEGORY(lcSettings, "glance.settings", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCli, "glance.cli", QtWarningMsg)
Q_LOGGING_CATEGORY(lcIpc, "glance.ipc", QtWarningMsg)
} // namespace glance
