#pragma once

namespace glance {

// Loads the app's translation for the system's language (built into the program under :/i18n)
// and Qt's own, once per application object. Needs a QCoreApplication.
void loadTranslations();

// Whether the system's language wants a translation at all: the command line's print and
// forward paths load none for English, and pay nothing.
bool needsTranslations();

} // namespace glance
