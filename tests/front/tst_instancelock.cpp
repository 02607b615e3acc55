#include "app/front/instancelock.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace glance;
using namespace Qt::StringLiterals;

class TestInstanceLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneHolderAtATime();
    void aFileLeftBehindIsTaken();
    void aFolderInItsPlaceFails();
};

void TestInstanceLock::oneHolderAtATime()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"session.lock"_s);
    InstanceLock first(path);
    QCOMPARE(first.tryLock(), InstanceLock::Attempt::Taken);
    QCOMPARE(InstanceLock::holder(path), std::optional<qint64>(::getpid()));
    QCOMPARE(QFile::permissions(path),
             QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
    // flock(2) locks an open file, not a process: a second one is refused here too.
    InstanceLock second(path);
    QCOMPARE(second.tryLock(), InstanceLock::Attempt::HeldByAnother);
    first.unlock();
    QVERIFY(!QFile::exists(path));
    QCOMPARE(second.tryLock(), InstanceLock::Attempt::Taken);
}

void TestInstanceLock::aFileLeftBehindIsTaken()
{
    // What a killed app leaves: the file, with its pid, but no lock.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"session.lock"_s);
    QFile stale(path);
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.write("999999999\n");
    stale.close();
    InstanceLock lock(path);
    QCOMPARE(lock.tryLock(), InstanceLock::Attempt::Taken);
    QCOMPARE(InstanceLock::holder(path), std::optional<qint64>(::getpid()));
}

void TestInstanceLock::aFolderInItsPlaceFails()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"session.lock"_s);
    QVERIFY(QDir().mkpath(path));
    InstanceLock lock(path);
    QCOMPARE(lock.tryLock(), InstanceLock::Attempt::Failed);
    QCOMPARE(InstanceLock::holder(path), std::nullopt);
}

QTEST_GUILESS_MAIN(TestInstanceLock)
#include "tst_instancelock.moc"
