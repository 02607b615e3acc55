#include "core/pastedkey.h"
#include "core/sessionkey.h"

#include <QTest>

using namespace glance;
using namespace Qt::StringLiterals;

class TestSessionKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
    void pasted_data();
    void pasted();
    void refusalNamesFieldAndRule();
    void clipboard_data();
    void clipboard();
};

void TestSessionKey::accepted_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("key");

    QTest::newRow("four digits") << u"1234"_s << u"1234"_s;
    QTest::newRow("stray spaces and CRLF") << u" 12 34\r\n"_s << u"1234"_s;
    QTest::newRow("tabs") << u"\t12\t34\t"_s << u"1234"_s;
    QTest::newRow("no-break space") << u"12\u00a034"_s << u"1234"_s;
    QTest::newRow("zero-width space") << u"12\u200b34"_s << u"1234"_s;
    QTest::newRow("byte-order mark") << u"\ufeff1234"_s << u"1234"_s;
    QTest::newRow("word joiner and direction mark") << u"12\u206034\u200e"_s << u"1234"_s;
    QTest::newRow("case kept") << u"AbC-def"_s << u"AbC-def"_s;
    QTest::newRow("dashes kept") << u"12-34-56"_s << u"12-34-56"_s;
    QTest::newRow("underscore and dot") << u"a_b.c"_s << u"a_b.c"_s;
    QTest::newRow("one character") << u"7"_s << u"7"_s;
    QTest::newRow("fifty characters") << QString(50, u'9') << QString(50, u'9');
}

void TestSessionKey::accepted()
{
    QFETCH(QString, typed);
    QFETCH(QString, key);
    const auto parsed = SessionKey::parse(typed);
    QVERIFY2(parsed.ok(), qPrintable(parsed.problem().message()));
    QCOMPARE(parsed->toString(), key);
}

void TestSessionKey::refused_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty") << QString()
                           << u"Session key: enter the session key the customer gave you"_s;
    QTest::newRow("only white space")
        << u" \r\n\t\u200b"_s << u"Session key: enter the session key the customer gave you"_s;
    QTest::newRow("parameter injection")
        << u"1234&idpid=999"_s
        << u"Session key: only letters, digits, '-', '_' and '.' are allowed, not '&'"_s;
    QTest::newRow("hash") << u"12#34"_s
                          << u"Session key: only letters, digits, '-', '_' and '.' are "
                             u"allowed, not '#'"_s;
    QTest::newRow("percent") << u"12%2634"_s
                             << u"Session key: only letters, digits, '-', '_' and '.' are "
                                u"allowed, not '%'"_s;
    QTest::newRow("plus") << u"12+34"_s
                          << u"Session key: only letters, digits, '-', '_' and '.' are "
                             u"allowed, not '+'"_s;
    QTest::newRow("non-ascii letter")
        << u"12é4"_s
        << u"Session key: only letters, digits, '-', '_' and '.' are allowed, not 'é'"_s;
    QTest::newRow("control character")
        << u"12\u000134"_s
        << u"Session key: only letters, digits, '-', '_' and '.' are allowed, not 'U+0001'"_s;
    // Found by fuzz_pastedkey: a refusal quoted a Hangul filler, which prints as nothing.
    QTest::newRow("hangul filler")
        << u"12ﾠ34"_s
        << u"Session key: only letters, digits, '-', '_' and '.' are allowed, not 'U+FFA0'"_s;
    QTest::newRow("fifty-one characters")
        << QString(51, u'1') << u"Session key: at most 50 characters (this one has 51)"_s;
    QTest::newRow("a link on another site")
        << u"https://example.com/?SessionKey=1234"_s
        << u"Session key: only letters, digits, '-', '_' and '.' are allowed, not ':'"_s;
}

void TestSessionKey::refused()
{
    QFETCH(QString, typed);
    QFETCH(QString, message);
    const auto parsed = SessionKey::parse(typed);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.problem().field(), Field::SessionKey);
    QCOMPARE(parsed.problem().message(), message);
}

void TestSessionKey::pasted_data()
{
    QTest::addColumn<QString>("pasted");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("message");

    QTest::newRow("plain key") << u" 12 34\r\n"_s << u"1234"_s << QString();
    QTest::newRow("session key label") << u"Session key: 12 34"_s << u"1234"_s << QString();
    QTest::newRow("session code label") << u"session code #5678"_s << u"5678"_s << QString();
    QTest::newRow("key label without colon") << u"Key 4321"_s << u"4321"_s << QString();
    QTest::newRow("key that starts with Key") << u"KEY1234"_s << u"KEY1234"_s << QString();
    QTest::newRow("key that starts with Code-") << u"Code-12"_s << u"Code-12"_s << QString();
    QTest::newRow("viewer link")
        << u"https://www.glance.net/agentjoin/AgentView.aspx?SessionKey=1234"_s << u"1234"_s
        << QString();
    QTest::newRow("viewer link with selector and identity")
        << u"https://www.glance.net/agentjoin/AgentView.aspx?idpid=12345&SessionKey=98-76&"
           u"name=User+Name"_s
        << u"98-76"_s << QString();
    QTest::newRow("name in lower case")
        << u"https://beta.glance.net/agentjoin/agentview.aspx?sessionkey=abc"_s << u"abc"_s
        << QString();
    QTest::newRow("VisitorId")
        << u"https://www.glance.net/agentjoin/AgentView.aspx?VisitorId=5555"_s << u"5555"_s
        << QString();
    QTest::newRow("visitorid in lower case")
        << u"https://www.glance.net/agentjoin/AgentView.aspx?wait=1&visitorid=5555"_s << u"5555"_s
        << QString();
    QTest::newRow("join link with a key")
        << u"https://www.glance.net/agentjoin/AgentJoin.aspx?SessionKey=4321"_s << u"4321"_s
        << QString();
    // A link alone keeps every character of its key; one in a sentence loses the sentence's
    // full stop. Found by fuzz_stu_roundtrip.
    const QString endingInADot =
        u"https://www.glance.net/agentjoin/AgentView.aspx?SessionKey=ab12."_s;
    QTest::newRow("link alone, key ending in a dot") << endingInADot << u"ab12."_s << QString();
    QTest::newRow("link alone, key of dots")
        << u"https://www.glance.net/agentjoin/AgentView.aspx?SessionKey=..."_s << u"..."_s
        << QString();
    QTest::newRow("link alone among line breaks")
        << u"\r\n "_s + endingInADot + u"\n"_s << u"ab12."_s << QString();
    QTest::newRow("link alone in angle brackets")
        << u"<"_s + endingInADot + u">"_s << u"ab12."_s << QString();
    QTest::newRow("link alone in quotes, then a full stop")
        << u"\""_s + endingInADot.chopped(1) + u"\"."_s << u"ab12"_s << QString();
    QTest::newRow("link ending a sentence")
        << u"Please join "_s + endingInADot << u"ab12"_s << QString();
    QTest::newRow("link then more text") << endingInADot + u" Thanks"_s << u"ab12"_s << QString();
    QTest::newRow("link in a chat message")
        << u"Hi! Please join here: <https://www.glance.net/agentjoin/AgentView.aspx?"
           u"SessionKey=7777>. Thanks\r\n"_s
        << u"7777"_s << QString();
    QTest::newRow("link in quotes")
        << u"\"https://www.glance.net/agentjoin/AgentView.aspx?SessionKey=8888\""_s << u"8888"_s
        << QString();
    QTest::newRow("link with zero-width space")
        << u"https://www.glance.net/agentjoin/Agent\u200bView.aspx?SessionKey=1212"_s << u"1212"_s
        << QString();
    QTest::newRow("link without scheme")
        << u"www.glance.net/agentjoin/AgentView.aspx?SessionKey=3434"_s << u"3434"_s << QString();
    QTest::newRow("encoded key is checked")
        << u"https://www.glance.net/agentjoin/AgentView.aspx?SessionKey=12%2634"_s << QString()
        << u"Session key: only letters, digits, '-', '_' and '.' are allowed, not '&'"_s;
    QTest::newRow("link without key")
        << u"https://www.glance.net/agentjoin/AgentJoin.aspx?idpid=1"_s << QString()
        << u"Session key: the pasted link holds no session key"_s;
    QTest::newRow("link to another page")
        << u"https://example.com/join?SessionKey=1234"_s << QString()
        << u"Session key: the pasted link is not a Glance viewer or join link"_s;
    QTest::newRow("link then tab")
        << u"https://www.glance.net/agentjoin/AgentView.aspx?SessionKey=1\tThanks"_s << u"1"_s
        << QString();
    QTest::newRow("same key in two links")
        << u"https://www.glance.net/agentjoin/AgentView.aspx?SessionKey=42 "
           u"(https://www.glance.net/agentjoin/AgentView.aspx?SessionKey=42)"_s
        << u"42"_s << QString();
    QTest::newRow("join link then viewer link")
        << u"https://www.glance.net/agentjoin/AgentJoin.aspx then "
           u"https://www.glance.net/agentjoin/AgentView.aspx?SessionKey=43"_s
        << u"43"_s << QString();
    QTest::newRow("two keys in one link")
        << u"https://www.glance.net/agentjoin/AgentView.aspx?SessionKey=1234&SessionKey=5678"_s
        << QString() << u"Session key: the pasted text holds more than one session key"_s;
    QTest::newRow("key and visitor id")
        << u"https://www.glance.net/agentjoin/AgentView.aspx?SessionKey=1234&VisitorId=5678"_s
        << QString() << u"Session key: the pasted text holds more than one session key"_s;
    QTest::newRow("two links, two keys")
        << u"https://www.glance.net/agentjoin/AgentView.aspx?SessionKey=1 or "
           u"https://www.glance.net/agentjoin/AgentView.aspx?SessionKey=2"_s
        << QString() << u"Session key: the pasted text holds more than one session key"_s;
    QTest::newRow("key in the fragment")
        << u"https://www.glance.net/agentjoin/AgentView.aspx#?SessionKey=5555"_s << QString()
        << u"Session key: the pasted link holds no session key"_s;
    QTest::newRow("path only in the query")
        << u"https://evil.example/?r=/agentjoin/AgentView.aspx&SessionKey=66"_s << QString()
        << u"Session key: the pasted link is not a Glance viewer or join link"_s;
    QTest::newRow("other scheme")
        << u"javascript://x/agentjoin/agentview.aspx?SessionKey=1"_s << QString()
        << u"Session key: the pasted link is not a Glance viewer or join link"_s;
    QTest::newRow("injection")
        << u"1234&idpid=999"_s << QString()
        << u"Session key: only letters, digits, '-', '_' and '.' are allowed, not '&'"_s;
}

void TestSessionKey::pasted()
{
    QFETCH(QString, pasted);
    QFETCH(QString, key);
    QFETCH(QString, message);
    const auto parsed = sessionKeyFromPaste(pasted);
    if (message.isEmpty()) {
        QVERIFY2(parsed.ok(), qPrintable(parsed.problem().message()));
        QCOMPARE(parsed->toString(), key);
    } else {
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.problem().message(), message);
    }
}

void TestSessionKey::refusalNamesFieldAndRule()
{
    const auto parsed = SessionKey::parse(u"a b&c");
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.problem().fieldName(), u"Session key"_s);
    QVERIFY(parsed.problem().rule().contains(u"'&'"_s));
}

void TestSessionKey::clipboard_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");
    QTest::newRow("digits") << u" 1234\n"_s << u"1234"_s;
    QTest::newRow("groups of digits") << u"12 34 56"_s << u"123456"_s;
    QTest::newRow("mixed key") << u"ab-12"_s << u"ab-12"_s;
    QTest::newRow("viewer link")
        << u"https://www.glance.net/agentjoin/AgentView.aspx?SessionKey=xyz"_s << u"xyz"_s;
    QTest::newRow("labelled") << u"Session key: 4242"_s << u"4242"_s;
    QTest::newRow("a word") << u"thanks"_s << QString();
    QTest::newRow("a sentence") << u"see you at 5"_s << QString();
    QTest::newRow("a link elsewhere") << u"https://example.com/?SessionKey=1"_s << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("long text") << QString(3000, u'1') << QString();
}

void TestSessionKey::clipboard()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    const auto found = sessionKeyOnClipboard(text);
    QCOMPARE(found ? found->toString() : QString(), key);
}

QTEST_GUILESS_MAIN(TestSessionKey)
#include "tst_sessionkey.moc"
