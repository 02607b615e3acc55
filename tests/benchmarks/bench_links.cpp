// Links built per second in one process (QBENCHMARK): the app's Stu against the plain
// concatenation of the same link's text, values already encoded. bench_startup reads the
// medians from its output.
#include "core/stu.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString expected = u"https://www.glance.net/agentjoin/AgentView.aspx?idpid=12345&"
                         u"SessionKey=1234&name=User+Name&email=user@example.com&"
                         u"phone=%2B1+555+0100"_s;

} // namespace

class BenchLinks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stu();
    void concatenation();
};

void BenchLinks::stu()
{
    glance::StuParts parts;
    parts.selector =
        glance::AccountSelector::parse(glance::AccountSelector::Kind::GroupId, u"12345").value();
    parts.sessionKey = glance::SessionKey::parse(u"1234").value();
    parts.identity =
        glance::Identity::parse(u"User Name", u"user@example.com", u"+1 555 0100").value();
    QString link;
    QBENCHMARK
    {
        link = glance::Stu::make(glance::StuKind::Viewer, parts).value().toString();
    }
    QCOMPARE(link, expected);
}

void BenchLinks::concatenation()
{
    const QString origin = u"https://www.glance.net"_s;
    const QString groupId = u"12345"_s;
    const QString key = u"1234"_s;
    const QString name = u"User+Name"_s;
    const QString email = u"user@example.com"_s;
    const QString phone = u"%2B1+555+0100"_s;
    QString link;
    QBENCHMARK
    {
        link = origin + u"/agentjoin/AgentView.aspx?idpid=" + groupId + u"&SessionKey=" + key +
               u"&name=" + name + u"&email=" + email + u"&phone=" + phone;
    }
    QCOMPARE(link, expected);
}

QTEST_GUILESS_MAIN(BenchLinks)
#include "bench_links.moc"
