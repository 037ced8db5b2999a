#include "smtp_shim.h"

#include <curl/curl.h>
#include <string.h>

struct upload {
    const char *data;
    size_t left;
};

static size_t read_upload(char *buffer, size_t size, size_t count, void *user) {
    struct upload *u = user;
    size_t n = size * count < u->left ? size * count : u->left;
    memcpy(buffer, u->data, n);
    u->data += n;
    u->left -= n;
    return n;
}

int deadlined_smtp_init(void) { return (int)curl_global_init(CURL_GLOBAL_DEFAULT); }

int deadlined_smtp_send(const char *url, int starttls, const char *user, const char *password, const char *from,
                        const char *recipient, const char *data, size_t length, long timeout_seconds,
                        long *response, char *error) {
    *response = 0;
    error[0] = 0;
    CURL *c = curl_easy_init();
    if (!c) {
        strncpy(error, "curl_easy_init failed", DEADLINED_SMTP_ERROR_SIZE - 1);
        return (int)CURLE_FAILED_INIT;
    }
    struct upload u = {data, length};
    struct curl_slist *rcpt = curl_slist_append(NULL, recipient);
    curl_easy_setopt(c, CURLOPT_URL, url);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, error);
    curl_easy_setopt(c, CURLOPT_MAIL_FROM, from);
    curl_easy_setopt(c, CURLOPT_MAIL_RCPT, rcpt);
    curl_easy_setopt(c, CURLOPT_READFUNCTION, read_upload);
    curl_easy_setopt(c, CURLOPT_READDATA, &u);
    curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(c, CURLOPT_INFILESIZE_LARGE, (curl_off_t)length);
    curl_easy_setopt(c, CURLOPT_TIMEOUT, timeout_seconds);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, timeout_seconds < 30 ? timeout_seconds : 30L);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    if (starttls) curl_easy_setopt(c, CURLOPT_USE_SSL, (long)CURLUSESSL_ALL);
    if (user) curl_easy_setopt(c, CURLOPT_USERNAME, user);
    if (password) curl_easy_setopt(c, CURLOPT_PASSWORD, password);
    CURLcode r = curl_easy_perform(c);
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, response);
    if (r != CURLE_OK && error[0] == 0) strncpy(error, curl_easy_strerror(r), DEADLINED_SMTP_ERROR_SIZE - 1);
    curl_slist_free_all(rcpt);
    curl_easy_cleanup(c);
    return (int)r;
}
