#pragma once

#include <QtGlobal>

namespace Satchel {

// Bounds that keep a hostile message from costing more than a bounded multiple of its size in
// memory and time. What goes past them is dropped with a warning.
struct MimeLimits
{
    int maxDepth = 32;    // multiparts and attached messages inside each other
    int maxParts = 10000; // in the whole message
    int maxHeadersPerPart = 1000;
    qsizetype maxHeaders = 100000;           // in the whole message
    qsizetype maxHeaderBytes = 256ll * 1024; // of one part's header section, unfolded
};

} // namespace Satchel
