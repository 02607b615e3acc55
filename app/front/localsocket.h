#pragma once

#include <QString>

#include <optional>

#include <sys/un.h>

namespace glance {

// What both ends of the single-instance socket need from POSIX.

// The address of a socket file; nullopt when the path is too long for one.
std::optional<sockaddr_un> localSocketAddress(const QString &path);

// Whether the process at the other end runs as this user. The folder is the user's own already;
// this also holds where a runtime folder is shared or a path was swapped.
bool peerIsThisUser(int socket);

} // namespace glance
