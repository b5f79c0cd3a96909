#pragma once

namespace Satchel::KillPoint {

// A test hook for the outbox's exactly-once promise: when the environment variable
// SATCHEL_TEST_KILL_AT names a step, the process kills itself with SIGKILL on reaching it, as a
// crash or a power cut would stop it there. Unset (always, outside tests) it costs one compare.
// The steps, in the order a message passes them, are listed in docs/outbox.md.
inline constexpr char afterQueueWrite[] = "after-queue-write";
inline constexpr char afterMailFrom[] = "after-mail-from";
inline constexpr char duringData[] = "during-data";
inline constexpr char afterDataAcceptedBeforeRecord[] = "after-data-accepted-before-record";
inline constexpr char afterRecordBeforeSentCopy[] = "after-record-before-sent-copy";
inline constexpr char duringAppend[] = "during-append";
inline constexpr char afterAppend[] = "after-append";

bool isArmed(const char *step);
// Kills the process when step is armed; returns otherwise.
void reached(const char *step);

} // namespace Satchel::KillPoint
