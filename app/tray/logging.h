#pragma once

#include <QLoggingCategory>

namespace glance {
Q_DECLARE_LOGGING_CATEGORY(lcTray)
}
