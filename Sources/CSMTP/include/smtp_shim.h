#ifndef DEADLINED_SMTP_SHIM_H
#define DEADLINED_SMTP_SHIM_H

#include <stddef.h>

/* The size of the error text buffer deadlined_smtp_send fills (CURL_ERROR_SIZE). */
#define DEADLINED_SMTP_ERROR_SIZE 256

/* Sends one message to one recipient through libcurl's SMTP: url is smtp://host[:port] or
   smtps://host[:port]; starttls nonzero requires STARTTLS on smtp://; user and password may
   be NULL (no AUTH). Returns 0 when the relay accepted the message, else libcurl's CURLcode;
   *response is the relay's last reply code (550 for a refused recipient, 0 when none) and
   error holds libcurl's text. curl_easy_setopt is variadic, which Swift cannot call: this
   wrapper is the only place that calls it. */
int deadlined_smtp_send(const char *url, int starttls, const char *user, const char *password, const char *from,
                        const char *recipient, const char *data, size_t length, long timeout_seconds,
                        long *response, char *error);

/* curl_global_init, once, before any thread starts. */
int deadlined_smtp_init(void);

#endif
