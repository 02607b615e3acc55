#include "app/front/translations.h"
#include "app/tray/sessiondialog.h"
#include "app/tray/settingsdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace glance;
using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QString translation;
    QString type;
};

QList<Message> readTs(const QString &path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            current = Message{context, {}, {}, {}};
        } else if (xml.name() == u"source") {
            current.source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            current.type = xml.attributes().value(u"type"_s).toString();
            current.translation = xml.readElementText();
            messages << current;
        }
    }
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression placeholder(u"%\\d+"_s);
    QStringList found;
    for (const auto &match : placeholder.globalMatch(text)) {
        found << match.captured();
    }
    found.sort();
    return found;
}

int mnemonics(const QString &text)
{
    return int(QString(text).remove(u"&&"_s).count(u'&'));
}

} // namespace

// The German translation is complete, up to date with the sources, sound, and used: a dialog
// started under a German locale speaks German, and so does the command line.
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyMessageIsTranslated();
    void translationsKeepPlaceholdersAndMnemonics();
    void translationsAreUpToDateWithTheSources();
    void dialogSpeaksGermanUnderAGermanLocale();
    void commandLineSpeaksGerman();
};

void TestTranslations::everyMessageIsTranslated()
{
    const QList<Message> messages = readTs(QStringLiteral(GLANCE_TS_FILE));
    QVERIFY(messages.size() > 200);
    for (const Message &message : messages) {
        QVERIFY2(message.type.isEmpty() && !message.translation.isEmpty(),
                 qPrintable(message.context + u": "_s + message.source));
    }
}

void TestTranslations::translationsKeepPlaceholdersAndMnemonics()
{
    for (const Message &message : readTs(QStringLiteral(GLANCE_TS_FILE))) {
        QCOMPARE(placeholders(message.translation), placeholders(message.source));
        QVERIFY2(mnemonics(message.translation) == mnemonics(message.source),
                 qPrintable(message.source + u" → "_s + message.translation));
    }
}

void TestTranslations::translationsAreUpToDateWithTheSources()
{
    // lupdate, run over the sources into a copy, finds no message without a translation.
    QTemporaryDir dir;
    const QString copy = dir.filePath(u"copy.ts"_s);
    QVERIFY(QFile::copy(QStringLiteral(GLANCE_TS_FILE), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(GLANCE_LUPDATE),
                  {u"-no-obsolete"_s, u"-locations"_s, u"none"_s, u"-silent"_s,
                   QStringLiteral(GLANCE_SOURCE_DIR) + u"/core"_s,
                   QStringLiteral(GLANCE_SOURCE_DIR) + u"/app"_s, u"-ts"_s, copy});
    QVERIFY(lupdate.waitForFinished(60000));
    QCOMPARE(lupdate.exitCode(), 0);
    for (const Message &message : readTs(copy)) {
        QVERIFY2(message.type.isEmpty(),
                 qPrintable(u"not in the .ts file yet (build the glance_front_lupdate target): "_s +
                            message.context + u": "_s + message.source));
    }
}

void TestTranslations::dialogSpeaksGermanUnderAGermanLocale()
{
    QCOMPARE(QLocale::system().name(), u"de_DE"_s);
    QVERIFY(needsTranslations());
    loadTranslations();
    SessionDialog dialog;
    const QString join = dialog.joinButton()->text();
    QCOMPARE(join, QCoreApplication::translate("glance::SessionDialog", "&Join"));
    QVERIFY2(join != u"&Join"_s, qPrintable(join));
    QCOMPARE(dialog.windowTitle(),
             QCoreApplication::translate("glance::SessionDialog", "Join a Glance session"));
    QVERIFY(dialog.windowTitle() != u"Join a Glance session"_s);
    // Qt's own translations too: the settings dialog's standard buttons.
    QTemporaryDir dir;
    SettingsStore store(dir.filePath(u"u.conf"_s), dir.filePath(u"s.conf"_s));
    SettingsDialog settings(store, Autostart(dir.filePath(u"a.desktop"_s)));
    const QString cancel =
        settings.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->text();
    QVERIFY2(cancel.contains(u"Abbrechen"_s), qPrintable(cancel));
}

void TestTranslations::commandLineSpeaksGerman()
{
    loadTranslations();
    QProcess process;
    process.start(QStringLiteral(GLANCE_LAUNCHER_BINARY), {u"--print"_s, u"1&2"_s});
    QVERIFY(process.waitForFinished());
    QCOMPARE(process.exitCode(), 2);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    const QString field = QCoreApplication::translate("glance::Problem", "Session key");
    QVERIFY(field != u"Session key"_s);
    QVERIFY2(err.startsWith(u"glance-launcher: "_s + field + u": "_s), qPrintable(err));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
