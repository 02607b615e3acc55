#include "front/front.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("glance-launcher"));
    QCoreApplication::setApplicationName(QStringLiteral("glance-launcher"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GLANCE_VERSION));
    return glance::runFront(argc, argv);
}
