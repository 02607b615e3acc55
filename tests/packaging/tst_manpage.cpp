#include "app/front/settingsvalues.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace glance;
using namespace Qt::StringLiterals;

// The manual page covers every option the program takes and every settings key, and troff
// reads it without a warning.
class TestManPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void coversEveryOption();
    void coversEverySettingsKey();
    void formatsWithoutWarnings();

private:
    QString m_page;
};

void TestManPage::initTestCase()
{
    QFile page(QStringLiteral(GLANCE_MAN_PAGE));
    QVERIFY(page.open(QIODevice::ReadOnly));
    m_page = QString::fromUtf8(page.readAll());
}

void TestManPage::coversEveryOption()
{
    QProcess help;
    help.start(QStringLiteral(GLANCE_LAUNCHER_BINARY), {u"--help"_s});
    QVERIFY(help.waitForFinished());
    const QString text = QString::fromUtf8(help.readAllStandardOutput());
    static const QRegularExpression option(u"^  (?:-\\w, )?--([a-z-]+)"_s,
                                           QRegularExpression::MultilineOption);
    QStringList options;
    for (const auto &match : option.globalMatch(text)) {
        options << match.captured(1);
    }
    QVERIFY2(options.size() >= 20, qPrintable(text));
    for (const QString &name : std::as_const(options)) {
        const QString written = u"\\-\\-"_s + QString(name).replace(u'-', u"\\-"_s);
        QVERIFY2(m_page.contains(written), qPrintable(u"--"_s + name));
    }
}

void TestManPage::coversEverySettingsKey()
{
    QStringList keys = {QLatin1String(SettingsVersionKey), QLatin1String(LockedKeysKey)};
    for (const SettingSpec &spec : settingSpecs()) {
        keys << QLatin1String(spec.key);
    }
    for (const QString &key : std::as_const(keys)) {
        QVERIFY2(m_page.contains(u".B "_s + key + u'\n'), qPrintable(key));
    }
}

void TestManPage::formatsWithoutWarnings()
{
    QProcess groff;
    groff.setProcessChannelMode(QProcess::MergedChannels);
    groff.start(u"groff"_s,
                {u"-man"_s, u"-Tutf8"_s, u"-ww"_s, u"-z"_s, QStringLiteral(GLANCE_MAN_PAGE)});
    QVERIFY2(groff.waitForFinished(), "groff is part of man-db's groff-base");
    QCOMPARE(groff.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(groff.readAll()), QString());
}

QTEST_GUILESS_MAIN(TestManPage)
#include "tst_manpage.moc"
