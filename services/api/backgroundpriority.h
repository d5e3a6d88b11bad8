#pragma once

namespace sitedesk {

// Threads that parse pages and write the cache run below the window's thread: when both want a
// core, the window gets it at once. Sharing the cores fairly with them delayed the window's
// repaints by 50–150 ms during a big sync on a 2-core machine.
//
// Lowers the calling thread, once (later calls do nothing). Linux has no per-thread priority in
// Qt (QThread::setPriority does nothing under SCHED_OTHER), so it raises the thread's nice value,
// which a thread cannot lower again: call it only on threads of a pool of its own, never on
// QThreadPool::globalInstance(), whose threads also load what the window shows.
void lowerCurrentThreadPriority();

} // namespace sitedesk
