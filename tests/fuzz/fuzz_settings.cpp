// Settings files as a user or an administrator may leave them: any bytes. The input is the
// user's file, then a NUL and the system-wide file; without a NUL there is no system-wide file.
// (A file holding a NUL is refused whole, so the first one is free to be the divider.)
#include "app/front/linkcontext.h"
#include "app/front/settingsstore.h"
#include "fuzzcheck.h"
#include "stuproperties.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace glance;

namespace {

struct Files
{
    QByteArray folder;
    QString user;
    QString system;
    QString saved;
    QString missing;
};

const Files &files()
{
    static const Files made = [] {
        const char *tmp = std::getenv("TMPDIR");
        QByteArray folder = QByteArray(tmp && *tmp ? tmp : "/tmp") + "/fuzz_settings.XXXXXX";
        FUZZ_CHECK(mkdtemp(folder.data()) != nullptr);
        std::atexit([] {
            for (const QString *file : {&files().user, &files().system, &files().saved}) {
                unlink(QFile::encodeName(*file).constData());
            }
            rmdir(files().folder.constData());
        });
        const QString base = QFile::decodeName(folder);
        return Files{folder, base + QStringLiteral("/user.conf"),
                     base + QStringLiteral("/system.conf"), base + QStringLiteral("/saved.conf"),
                     base + QStringLiteral("/missing.conf")};
    }();
    return made;
}

// QSettings keeps a file it has read and reads it again only when its size or its time of
// modification (in milliseconds) has changed. Files rewritten thousands of times a second would
// be taken from that cache, and a result would depend on the inputs before it; a time of their
// own per input makes each one read afresh.
void writeFile(const QString &path, QByteArrayView content)
{
    static time_t stamp = 1000000000;
    ++stamp;
    const QByteArray name = QFile::encodeName(path);
    const int fd = open(name.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    FUZZ_CHECK(fd >= 0);
    FUZZ_CHECK(write(fd, content.data(), size_t(content.size())) == content.size());
    const timespec times[2] = {{stamp, 0}, {stamp, 0}};
    FUZZ_CHECK(futimens(fd, times) == 0);
    close(fd);
}

bool isAccountPage(Request::Action action)
{
    return action == Request::Action::AccountSummary || action == Request::Action::LoginKey ||
           action == Request::Action::SsoTroubleshooting;
}

// Keys the administrator locked come from the system-wide file alone, whatever the user's says.
void checkLockedKeys(const SettingsValues &values, const SettingsValues &systemOnly)
{
    FUZZ_CHECK(values.locked == systemOnly.locked);
    for (const SettingSpec &spec : settingSpecs()) {
        if (!values.isLocked(spec.key)) {
            continue;
        }
        const QString key = QLatin1String(spec.key);
        FUZZ_CHECK(values.*spec.member == systemOnly.*spec.member);
        FUZZ_CHECK(values.unreadable.contains(key) == systemOnly.unreadable.contains(key));
        FUZZ_CHECK(values.origins.value(key) == systemOnly.origins.value(key));
    }
}

// Every link a request can open, from these settings: refused with a reason, or canonical.
// Settings without a problem open every link, but the account pages without a selector.
void checkLinks(const SettingsValues &values)
{
    const QList<Problem> problems = settingsProblems(values);
    const auto checked = checkedSettings(values);
    FUZZ_CHECK(problems.isEmpty() == checked.ok());
    for (const auto action :
         {Request::Action::Join, Request::Action::OpenJoinPage, Request::Action::AccountSummary,
          Request::Action::LoginKey, Request::Action::SsoTroubleshooting}) {
        Request request;
        request.action = action;
        request.sessionKey = QStringLiteral("1234");
        const auto stu = stuFor(request, values);
        if (stu) {
            fuzz::checkCanonicalLink(*stu);
        } else {
            FUZZ_CHECK(!stu.problem().isNull());
        }
        if (problems.isEmpty()) {
            FUZZ_CHECK(stu.ok() == (!isAccountPage(action) || !checked->selector.isNone()));
        }
    }
}

// What the settings dialog does: save the values over the user's file and read them back. A
// user file that cannot be read is kept aside as it was, never written over.
void checkSaveThenLoad(const SettingsValues &values, QByteArrayView userFile, bool userFileBroken)
{
    writeFile(files().saved, userFile);
    SettingsStore store(files().saved, files().system);
    FUZZ_CHECK(!store.save(values).has_value());
    FUZZ_CHECK(store.load() == values);
    QDir folder(QFile::decodeName(files().folder));
    const QStringList kept = folder.entryList({QStringLiteral("saved.conf.broken-*")});
    FUZZ_CHECK(kept.size() == (userFileBroken ? 1 : 0));
    for (const QString &name : kept) {
        QFile keptFile(folder.filePath(name));
        FUZZ_CHECK(keptFile.open(QIODevice::ReadOnly));
        FUZZ_CHECK(keptFile.readAll() == userFile);
        FUZZ_CHECK(keptFile.remove());
    }
}

} // namespace

// QSettings reads a value written "@Variant(...)" with QDataStream, which in Qt 6.4 reserves a
// list as long as the stream says, up to about 100 GB (tests/fuzz/README.md, open findings).
// Here such an allocation fails, as on a machine that cannot give that much, and Qt goes on
// without it, where libFuzzer would stop at the first one; an allocation the code cannot do
// without still ends the run (qBadAlloc).
extern "C" const char *__asan_default_options()
{
    return "allocator_may_return_null=1:max_allocation_size_mb=1024";
}

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::silenceQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(data, qsizetype(size));
    const qsizetype divider = input.indexOf('\0');
    const QByteArrayView userFile = divider < 0 ? input : input.first(divider);
    const QByteArrayView systemFile = divider < 0 ? QByteArrayView() : input.sliced(divider + 1);
    writeFile(files().user, userFile);
    if (divider < 0) {
        unlink(QFile::encodeName(files().system).constData());
    } else {
        writeFile(files().system, systemFile);
    }

    const SettingsStore store(files().user, files().system);
    QStringList userErrors;
    QStringList systemErrors;
    const SettingsValues values = store.load(&userErrors, &systemErrors);
    // Read again, unchanged, from QSettings' cache: the same values and the same errors.
    QStringList userErrorsAgain;
    QStringList systemErrorsAgain;
    FUZZ_CHECK(store.load(&userErrorsAgain, &systemErrorsAgain) == values);
    FUZZ_CHECK(userErrorsAgain == userErrors);
    FUZZ_CHECK(systemErrorsAgain == systemErrors);
    if (!systemErrors.isEmpty()) {
        FUZZ_CHECK(values.locked.isEmpty());
    }
    checkLockedKeys(values, SettingsStore(files().missing, files().system).load());
    checkLinks(values);
    if (values.unreadable.isEmpty()) {
        checkSaveThenLoad(values, userFile, !userErrors.isEmpty());
    }
    return 0;
}
