#include "core/formencoding.h"

#include <QTest>

using namespace glance;
using namespace Qt::StringLiterals;

class TestFormEncoding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encode_data();
    void encode();
    void decodeReadsWhatEncodeWrites_data();
    void decodeReadsWhatEncodeWrites();
    void decodeLeavesBrokenEscapes();
    void parseQuerySplitsLikeTheServer();
    void writerKeepsOrder();
};

void TestFormEncoding::encode_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("encoded");

    QTest::newRow("plus in email") << u"a+b@example.com"_s << QByteArray("a%2Bb@example.com");
    QTest::newRow("space and umlauts") << u"José Müller"_s << QByteArray("Jos%C3%A9+M%C3%BCller");
    QTest::newRow("user name") << u"User Name"_s << QByteArray("User+Name");
    QTest::newRow("phone stays") << u"(111)222-3333"_s << QByteArray("(111)222-3333");
    QTest::newRow("unreserved stay") << u"aZ09-._~@()/:"_s << QByteArray("aZ09-._~@()/:");
    QTest::newRow("ampersand") << u"a&b"_s << QByteArray("a%26b");
    QTest::newRow("equals") << u"a=b"_s << QByteArray("a%3Db");
    QTest::newRow("hash") << u"a#b"_s << QByteArray("a%23b");
    QTest::newRow("percent") << u"100%"_s << QByteArray("100%25");
    QTest::newRow("percent escape is not passed through") << u"%41"_s << QByteArray("%2541");
    QTest::newRow("question mark") << u"?x"_s << QByteArray("%3Fx");
    QTest::newRow("other punctuation") << u"!$'*,;[]"_s << QByteArray("%21%24%27%2A%2C%3B%5B%5D");
    QTest::newRow("tab and newline") << u"\t\n"_s << QByteArray("%09%0A");
    QTest::newRow("upper-case hex") << u"\u00ff"_s << QByteArray("%C3%BF");
    QTest::newRow("astral plane") << u"\U0001F600"_s << QByteArray("%F0%9F%98%80");
    QTest::newRow("empty") << QString() << QByteArray();
}

void TestFormEncoding::encode()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, encoded);
    QCOMPARE(form::encode(value), encoded);
}

void TestFormEncoding::decodeReadsWhatEncodeWrites_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("all the dangerous ones") << u"a+b & c=d #e %f ?g"_s;
    QTest::newRow("non-ascii") << u"Zoë Ångström 日本"_s;
    QTest::newRow("spaces") << u"  two  spaces  "_s;
}

void TestFormEncoding::decodeReadsWhatEncodeWrites()
{
    QFETCH(QString, value);
    QCOMPARE(form::decode(form::encode(value)), value);
}

void TestFormEncoding::decodeLeavesBrokenEscapes()
{
    QCOMPARE(form::decode("100%"), u"100%"_s);
    QCOMPARE(form::decode("%zz%4"), u"%zz%4"_s);
    QCOMPARE(form::decode("a+b%2Bc"), u"a b+c"_s);
}

void TestFormEncoding::parseQuerySplitsLikeTheServer()
{
    const auto items = form::parseQuery("a=1&&b=x=y&c&name=User+Name&e=a%26b");
    QCOMPARE(items.size(), 5);
    QCOMPARE(items.at(0), (form::QueryItem{u"a"_s, u"1"_s}));
    QCOMPARE(items.at(1), (form::QueryItem{u"b"_s, u"x=y"_s}));
    QCOMPARE(items.at(2), (form::QueryItem{u"c"_s, QString()}));
    QCOMPARE(items.at(3), (form::QueryItem{u"name"_s, u"User Name"_s}));
    QCOMPARE(items.at(4), (form::QueryItem{u"e"_s, u"a&b"_s}));
}

void TestFormEncoding::writerKeepsOrder()
{
    form::LinkWriter writer;
    QCOMPARE(writer.link(u"https://h", u"/p"), u"https://h/p"_s);
    writer.add(u"z", u"1");
    writer.add(u"a", u"x&y=z");
    writer.add(u"n", u"Zoë 😀");
    QCOMPARE(writer.link(u"https://h", u"/p"),
             u"https://h/p?z=1&a=x%26y%3Dz&n=Zo%C3%AB+%F0%9F%98%80"_s);
}

QTEST_GUILESS_MAIN(TestFormEncoding)
#include "tst_formencoding.moc"
