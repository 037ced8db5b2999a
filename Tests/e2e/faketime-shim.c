/* Preloaded in front of libfaketime by Tests/e2e/clock.sh, and only there. It corrects two
 * things libfaketime 0.9.10 (Debian 12) does to a Swift program that a real clock step
 * does not:
 *
 * 1. It intercepts timerfd_settime() and moves every absolute deadline by its wall-clock
 *    offset, whatever clock the timer runs on. libdispatch arms its CLOCK_MONOTONIC and
 *    CLOCK_BOOTTIME timers (the watchdog ping, asyncAfter) with TFD_TIMER_ABSTIME, so under
 *    an offset of +1 day their deadlines become negative and the kernel refuses them (EINVAL:
 *    measured), and under -1 hour they would fire an hour late. The shim remembers which
 *    timerfds run on a wall clock and gives only those to libfaketime; the others go to the
 *    kernel unchanged.
 * 2. In the first process it is preloaded into, its constructor creates shared memory and
 *    setenv()s FAKETIME_SHARED, which moves `environ`. Swift's CommandLine.arguments then
 *    came out empty (measured: `deadlined check ...` ran the daemon instead); with
 *    FAKETIME_SHARED already set it parsed them. The shim drops that one setenv(): the
 *    shared memory only serves child processes, which the service has none of.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/timerfd.h>
#include <time.h>
#include <unistd.h>

enum { tracked = 65536 };
static volatile unsigned char wall[tracked];

static int is_wall(int fd) { return fd >= 0 && fd < tracked && wall[fd]; }

int timerfd_create(int clockid, int flags) {
  int fd = (int)syscall(SYS_timerfd_create, clockid, flags);
  if (fd >= 0 && fd < tracked) wall[fd] = clockid == CLOCK_REALTIME || clockid == CLOCK_REALTIME_ALARM;
  return fd;
}

int timerfd_settime(int fd, int flags, const struct itimerspec *value, struct itimerspec *old) {
  static int (*next)(int, int, const struct itimerspec *, struct itimerspec *);
  if (is_wall(fd)) {
    if (!next) next = (int (*)(int, int, const struct itimerspec *, struct itimerspec *))dlsym(RTLD_NEXT, "timerfd_settime");
    if (next) return next(fd, flags, value, old);
  }
  return (int)syscall(SYS_timerfd_settime, fd, flags, value, old);
}

int timerfd_gettime(int fd, struct itimerspec *value) {
  static int (*next)(int, struct itimerspec *);
  if (is_wall(fd)) {
    if (!next) next = (int (*)(int, struct itimerspec *))dlsym(RTLD_NEXT, "timerfd_gettime");
    if (next) return next(fd, value);
  }
  return (int)syscall(SYS_timerfd_gettime, fd, value);
}

int setenv(const char *name, const char *value, int overwrite) {
  static int (*next)(const char *, const char *, int);
  if (name && strcmp(name, "FAKETIME_SHARED") == 0) return 0;
  if (!next) next = (int (*)(const char *, const char *, int))dlsym(RTLD_NEXT, "setenv");
  return next ? next(name, value, overwrite) : -1;
}
