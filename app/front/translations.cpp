#include "translations.h"

#include "logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace glance {

bool needsTranslations()
{
    const QStringList languages = QLocale::system().uiLanguages();
    return !languages.isEmpty() && !languages.constFirst().startsWith(QLatin1String("en")) &&
           languages.constFirst() != QLatin1String("C");
}

void loadTranslations()
{
    auto *app = QCoreApplication::instance();
    if (!app || app->property("glance.translations").toBool()) {
        return;
    }
    app->setProperty("glance.translations", true);
    const QLocale locale = QLocale::system();
    auto *own = new QTranslator(app);
    if (own->load(locale, QStringLiteral("glance-launcher"), QStringLiteral("_"),
                  QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
    }
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    }
    qCDebug(lcCli) << "translations for" << locale.name() << own->language() << qt->language();
}

} // namespace glance
