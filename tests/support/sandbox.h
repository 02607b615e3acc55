#pragma once

#include <QString>

// Real failing conditions for tests, also when the tests run as root (as in CI), where file
// permissions stop nothing: root tests get a private mount namespace, in which a path can be
// bind-mounted read-only or a folder replaced by a tiny tmpfs, all gone when the test ends.
namespace glance::test {

// Call first thing in main(), while the process has one thread.
void enterPrivateMounts();

// Why makeReadOnly and mountFullDisk cannot work here, or empty when they can.
QString whyNoSandbox();

// QSKIP when the sandbox cannot work here, saying why.
#define GLANCE_REQUIRE_SANDBOX()                                                                   \
    do {                                                                                           \
        if (!glance::test::whyNoSandbox().isEmpty()) {                                             \
            QSKIP(qPrintable(glance::test::whyNoSandbox()));                                       \
        }                                                                                          \
    } while (false)

// Makes a file or folder read-only for this process. Returns false when it cannot.
bool makeReadOnly(const QString &path);

// Mounts an almost full file system on folder (root only). Returns false when it cannot.
bool mountFullDisk(const QString &folder);

// Undoes what makeReadOnly and mountFullDisk did, so that temporary folders can be removed.
void releaseMounts();

bool isRoot();

} // namespace glance::test

// QTEST_MAIN for tests that use the sandbox.
#define GLANCE_SANDBOXED_TEST_MAIN(TestObject, ApplicationType)                                    \
    int main(int argc, char *argv[])                                                               \
    {                                                                                              \
        glance::test::enterPrivateMounts();                                                        \
        ApplicationType app(argc, argv);                                                           \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                                   \
        TestObject tc;                                                                             \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&tc, argc, argv);                                                      \
    }
