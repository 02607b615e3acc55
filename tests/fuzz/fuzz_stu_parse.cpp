// Any text read as a link, as the command line and a pasted link are.
#include "core/stu.h"
#include "fuzzcheck.h"
#include "stuproperties.h"

#include <QString>

#include <cstddef>
#include <cstdint>

using namespace glance;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::silenceQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString link = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto stu = Stu::parse(link);
    if (!stu) {
        FUZZ_CHECK(!stu.problem().isNull());
        return 0;
    }
    fuzz::checkCanonicalLink(*stu);
    return 0;
}
