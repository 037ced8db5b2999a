#include <systemd/sd-journal.h>
#include <systemd/sd-daemon.h>
#include <sys/timerfd.h>
#include <sys/inotify.h>
#include <sys/signalfd.h>
#include <malloc.h>
