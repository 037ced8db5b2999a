#ifndef DEADLINED_CHINTS_H
#define DEADLINED_CHINTS_H

/// Asks the CPU to start loading the cache line at `p` for a later write, without waiting
/// for it: a hint only, never a fault, whatever `p` is.
static inline void deadlined_prefetch(const void *p) { __builtin_prefetch(p, 1, 3); }

#endif
