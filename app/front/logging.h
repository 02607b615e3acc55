#pragma once

#include <QLoggingCategory>

namespace glance {
Q_DECLARE_LOGGING_CATEGORY(lcSettings)
Q_DECLARE_LOGGING_CATEGORY(lcCli)
Q_DECLARE_LOGGING_CATEGORY(lcIpc)
} // namespace glance
