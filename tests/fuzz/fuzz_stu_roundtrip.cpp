// Links built from typed values: the input chooses the kind of link and the selector, and gives
// the text of every value, each read by its own rules as the dialogs and the command line do.
// Input: the two choices in the last bytes, then the texts (server, selector value, session
// key, name, email, phone, join-page mode, same window) split by FuzzedDataProvider's rule: a
// backslash and any other character end a text, two backslashes are one.
#include "app/front/linkcontext.h"
#include "core/formencoding.h"
#include "core/pastedkey.h"
#include "core/stu.h"
#include "fuzzcheck.h"
#include "stuproperties.h"

#include <QList>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <utility>

#include <fuzzer/FuzzedDataProvider.h>

using namespace glance;

namespace {

using Parameter = std::pair<QString, QString>;

bool isAccountPage(StuKind kind)
{
    return kind == StuKind::AccountSummary || kind == StuKind::LoginKey ||
           kind == StuKind::SsoTroubleshooting;
}

// What a link of this kind carries of parts, in the documented order of its query.
QList<Parameter> expectedParameters(StuKind kind, const StuParts &parts)
{
    QList<Parameter> expected;
    const auto add = [&expected](const QString &name, const QString &value) {
        if (!value.isEmpty()) {
            expected.append({name, value});
        }
    };
    if (isAccountPage(kind)) {
        add(QStringLiteral("sso"), QStringLiteral("1"));
        if (kind == StuKind::SsoTroubleshooting) {
            add(QStringLiteral("test"), QStringLiteral("11"));
        }
        add(parts.selector.parameterName(), parts.selector.value());
        if (kind == StuKind::AccountSummary) {
            add(QStringLiteral("redirect"), QStringLiteral("/account/AccountSummary.aspx"));
        }
        return expected;
    }
    if (!parts.selector.isNone()) {
        add(parts.selector.parameterName(), parts.selector.value());
    }
    if (kind == StuKind::Viewer) {
        add(QStringLiteral("SessionKey"), parts.sessionKey->toString());
    }
    add(QStringLiteral("name"), parts.identity.name());
    add(QStringLiteral("email"), parts.identity.email());
    add(QStringLiteral("phone"), parts.identity.phone());
    if (kind == StuKind::JoinPage) {
        add(QStringLiteral("viewersamewindow"),
            parts.joinOptions.viewerSameWindow ? QStringLiteral("1") : QString());
        add(QStringLiteral("mode"), joinModeValue(parts.joinOptions.mode));
    }
    return expected;
}

QString pathOf(StuKind kind)
{
    switch (kind) {
    case StuKind::Viewer:
        return QStringLiteral("/agentjoin/AgentView.aspx");
    case StuKind::JoinPage:
        return QStringLiteral("/agentjoin/AgentJoin.aspx");
    case StuKind::AccountSummary:
    case StuKind::LoginKey:
    case StuKind::SsoTroubleshooting:
        break;
    }
    return QStringLiteral("/account/GetLoginKey.aspx");
}

// No value can end, split or add a parameter: the query splits on '&' into exactly the
// parameters the parts call for, each "name=value" with the value decoding to the part.
void checkQuery(const Stu &stu)
{
    const QString link = stu.toString();
    const QList<Parameter> expected = expectedParameters(stu.kind(), stu.parts());
    const QString start = stu.parts().server.origin() + pathOf(stu.kind());
    FUZZ_CHECK(link.startsWith(start));
    if (expected.isEmpty()) {
        FUZZ_CHECK(link == start);
        return;
    }
    FUZZ_CHECK(link.at(start.size()) == u'?');
    const QStringList query = link.mid(start.size() + 1).split(u'&');
    FUZZ_CHECK(query.size() == expected.size());
    for (qsizetype i = 0; i < query.size(); ++i) {
        const QStringList nameAndValue = query.at(i).split(u'=');
        FUZZ_CHECK(nameAndValue.size() == 2);
        FUZZ_CHECK(nameAndValue.at(0) == expected.at(i).first);
        FUZZ_CHECK(form::decode(nameAndValue.at(1).toLatin1()) == expected.at(i).second);
    }
}

QString nextText(FuzzedDataProvider &input)
{
    return QString::fromStdString(input.ConsumeRandomLengthString());
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::silenceQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider input(data, size);
    const StuKind kind =
        input.PickValueInArray({StuKind::Viewer, StuKind::JoinPage, StuKind::AccountSummary,
                                StuKind::LoginKey, StuKind::SsoTroubleshooting});
    using Selector = AccountSelector::Kind;
    const Selector selectorKind =
        input.PickValueInArray({Selector::None, Selector::GroupId, Selector::GroupName,
                                Selector::AccountToken, Selector::GlanceAddress});
    const QString serverText = nextText(input);
    const QString selectorText = nextText(input);
    const QString keyText = nextText(input);
    const QString name = nextText(input);
    const QString email = nextText(input);
    const QString phone = nextText(input);
    const QString modeText = nextText(input);
    const QString sameWindowText = nextText(input);

    const auto server = Server::parse(serverText);
    const auto selector = AccountSelector::parse(selectorKind, selectorText);
    const auto identity = Identity::parse(name, email, phone);
    const auto mode = parseJoinMode(modeText);
    const auto sameWindow = parseSettingsFlag(sameWindowText, "join/viewerSameWindow");
    if (!server || !selector || !identity || !mode || !sameWindow) {
        return 0;
    }
    StuParts parts;
    parts.server = *server;
    parts.selector = *selector;
    // No key text is no key: a viewer without one must be refused.
    if (!keyText.isEmpty()) {
        const auto key = SessionKey::parse(keyText);
        if (!key) {
            return 0;
        }
        parts.sessionKey = *key;
    }
    parts.identity = *identity;
    parts.joinOptions.viewerSameWindow = *sameWindow;
    parts.joinOptions.mode = *mode;

    const auto stu = Stu::make(kind, parts);
    const bool refused = (kind == StuKind::Viewer && !parts.sessionKey) ||
                         (isAccountPage(kind) && parts.selector.isNone());
    FUZZ_CHECK(stu.ok() == !refused);
    if (!stu) {
        return 0;
    }
    // make keeps what the kind carries, and only that.
    FUZZ_CHECK(stu->kind() == kind);
    FUZZ_CHECK(stu->parts().server == parts.server);
    FUZZ_CHECK(stu->parts().selector == parts.selector);
    FUZZ_CHECK(stu->parts().sessionKey ==
               (kind == StuKind::Viewer ? parts.sessionKey : std::nullopt));
    FUZZ_CHECK(stu->parts().identity == (isAccountPage(kind) ? Identity() : parts.identity));
    FUZZ_CHECK(stu->parts().joinOptions ==
               (kind == StuKind::JoinPage ? parts.joinOptions : JoinOptions()));

    fuzz::checkCanonicalLink(*stu);
    checkQuery(*stu);

    // A viewer link pasted into the key field gives its key; a join page holds none.
    if (kind == StuKind::Viewer || kind == StuKind::JoinPage) {
        const auto pasted = sessionKeyFromPaste(stu->toString());
        if (kind == StuKind::Viewer) {
            FUZZ_CHECK(pasted.ok());
            FUZZ_CHECK(*pasted == *stu->parts().sessionKey);
        } else {
            FUZZ_CHECK(!pasted.ok());
        }
    }
    return 0;
}
