// Writes the seeds of fuzz_ipc into the folder given: frames made by requestFrame and
// replyFrame, behind the control bytes fuzz_ipc.cpp describes.
//   fuzz_ipc_seeds tests/fuzz/corpus/fuzz_ipc
#include "app/front/instancemessage.h"

#include <QByteArray>
#include <QDir>
#include <QFile>

#include <cstdio>

using namespace glance;

namespace {

// harnessFrames: fuzz_ipc adds the header; chunks: the sizes the stream arrives in, 0 all the
// rest; a run of runLength copies of runByte at the end of the stream.
QByteArray controls(bool harnessFrames, const quint8 (&chunks)[4], char runByte = 0,
                    quint16 runLength = 0)
{
    QByteArray bytes;
    bytes.append(char(harnessFrames ? 1 : 0));
    for (const quint8 size : chunks) {
        bytes.append(char(size));
    }
    bytes.append(runByte);
    bytes.append(char(runLength / 2 >> 8)).append(char(runLength / 2 & 0xFF));
    bytes.append('\xFF').append('\xFF');
    return bytes;
}

bool writeSeed(const QDir &folder, const char *name, const QByteArray &seed)
{
    QFile file(folder.filePath(QLatin1String(name)));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(seed) != seed.size()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(file.fileName()));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s FOLDER\n", argv[0]);
        return 2;
    }
    const QDir folder(QFile::decodeName(argv[1]));

    ipc::ForwardedRequest join;
    join.request.action = Request::Action::Join;
    join.request.sessionKey = QStringLiteral(" 12 34 ");
    join.request.overrides.name = QStringLiteral("José Müller");
    join.request.overrides.email = QStringLiteral("a+b@example.com");
    join.request.overrides.phone = QStringLiteral("(111)222-3333");
    join.request.overrides.selector = {QStringLiteral("idpname"), QStringLiteral("Acme & Co")};
    join.request.overrides.viewerSameWindow = true;
    join.request.overrides.mode = QStringLiteral("chatinvitation");
    join.request.overrides.server = QStringLiteral("https://beta.glance.net");
    join.fromTerminal = false;
    join.expiresAt = 123456789;

    ipc::ForwardedRequest quit;
    quit.request.action = Request::Action::Quit;
    quit.expiresAt = 42;

    ipc::ForwardedRequest accountSummary;
    accountSummary.request.action = Request::Action::AccountSummary;
    accountSummary.request.overrides.selector = {QStringLiteral("idpid"), QStringLiteral("12345")};

    // A payload of one long name, the run fuzz_ipc adds, just under the size limit: a CBOR map
    // of three entries whose last value is a text of 0xFFC0 bytes.
    const QByteArray longName("\xA3\x67"
                              "command"
                              "\x6A"
                              "agent-join"
                              "\x67"
                              "expires"
                              "\x07\x64"
                              "name"
                              "\x79\xFF\xC0");

    const bool written =
        writeSeed(folder, "join-at-once",
                  controls(false, {0, 0, 0, 0}) + ipc::requestFrame(join)) &&
        writeSeed(folder, "join-byte-by-byte",
                  controls(false, {1, 1, 1, 1}) + ipc::requestFrame(join)) &&
        writeSeed(folder, "quit-in-odd-chunks",
                  controls(false, {3, 7, 1, 0}) + ipc::requestFrame(quit)) &&
        writeSeed(folder, "account-summary-payload",
                  controls(true, {0, 0, 0, 0}) + ipc::requestFrame(accountSummary).mid(9)) &&
        writeSeed(folder, "reply",
                  controls(false, {5, 0, 0, 0}) +
                      ipc::replyFrame({2, QStringLiteral("Session key: not '&'")})) &&
        writeSeed(folder, "long-name-payload",
                  controls(true, {200, 0, 0, 0}, 'x', 0xFFC0) + longName) &&
        writeSeed(folder, "oversize-header",
                  controls(false, {0, 0, 0, 0}) + QByteArray("GLNC\x01\x00\x01\x00\x01", 9)) &&
        writeSeed(folder, "unknown-version",
                  controls(false, {0, 0, 0, 0}) + QByteArray("GLNC\x02\x00\x00\x00\x00", 9));
    return written ? 0 : 1;
}
