#pragma once

class QHostAddress;

namespace Satchel {

// This machine or a private network (RFC 1918, link-local, IPv6 unique local): a link so fast that
// compressing the stream costs both ends more CPU than the bytes it saves.
bool isNearbyAddress(const QHostAddress &address);

} // namespace Satchel
