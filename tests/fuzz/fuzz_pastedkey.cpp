// What an agent pastes into the key field, or has on the clipboard: any text.
#include "core/pastedkey.h"
#include "core/textrules.h"
#include "fuzzcheck.h"

#include <QString>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>

using namespace glance;

namespace {

bool isKeyText(const QString &key)
{
    return !key.isEmpty() && key.size() <= SessionKey::MaxLength &&
           std::all_of(key.begin(), key.end(), [](QChar c) {
               return text::isAsciiLetterOrDigit(c) || c == u'-' || c == u'_' || c == u'.';
           });
}

void checkPaste(const QString &pasted)
{
    const auto key = sessionKeyFromPaste(pasted);
    const auto onClipboard = sessionKeyOnClipboard(pasted);
    if (!key) {
        FUZZ_CHECK(!onClipboard);
        FUZZ_CHECK(key.problem().field() == Field::SessionKey);
        // The refusal may quote what was pasted; it must not carry a control character to the
        // terminal or the dialog it is shown in.
        FUZZ_CHECK(!text::hasControlCharacters(key.problem().message()));
        return;
    }
    const QString &text = key->toString();
    FUZZ_CHECK(isKeyText(text));
    const auto reparsed = SessionKey::parse(text);
    FUZZ_CHECK(reparsed && *reparsed == *key);
    // The key alone, pasted again, is the same key.
    const auto pastedAgain = sessionKeyFromPaste(text);
    FUZZ_CHECK(pastedAgain && *pastedAgain == *key);
    if (onClipboard) {
        FUZZ_CHECK(*onClipboard == *key);
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::silenceQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto *bytes = reinterpret_cast<const char *>(data);
    checkPaste(QString::fromUtf8(bytes, qsizetype(size)));
    // The same bytes as UTF-16 reach text no UTF-8 decoder makes: lone surrogates.
    if (size >= sizeof(QChar)) {
        QString utf16(qsizetype(size / sizeof(QChar)), Qt::Uninitialized);
        std::memcpy(utf16.data(), data, size_t(utf16.size()) * sizeof(QChar));
        checkPaste(utf16);
    }
    return 0;
}
