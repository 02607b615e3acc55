#pragma once

namespace glance {

// The application ID: the name of the .desktop entry, the AppStream metadata and the icons.
// The project's own reverse-DNS name, not Glance's.
inline constexpr auto AppId = "io.github.glance_launcher.GlanceLauncher";

} // namespace glance
