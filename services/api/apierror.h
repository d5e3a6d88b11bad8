#pragma once

#include <QCoreApplication>
#include <QString>

namespace sitedesk {

// Every failure of a Procore call, mapped once, carried as a value to where a person is told.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None,
        Offline,       // host unreachable, connection refused, DNS: the network is not there
        Timeout,       // no bytes for the transfer timeout
        Cancelled,     // the user (or shutdown) cancelled
        Unauthorized,  // 401 after the one refresh and replay
        SignedOut,     // no usable token; the user must sign in again
        Forbidden,     // 403: no permission, tool disabled, app not installed
        NotFound,      // 404
        Validation,    // 400, 409, 422: Procore rejected the data
        RateLimited,   // 429 that outlasted our retries
        Server,        // 5xx that outlasted our retries
        BadResponse,   // malformed JSON, truncated body, unexpected shape
        Storage,       // the local cache could not be written (full disk …)
        Other
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString message;   // Procore's own message when it sent one, else ours
    QString rawBody;   // kept for the log only; never shown, never contains tokens

    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }
    // True when trying again later may succeed (offline, timeout, 429, 5xx).
    bool isTransient() const;

    // One sentence for the user, e.g. "Procore refused the request: You do not have access
    // to this project (403)."
    QString userMessage() const;

    static ApiError fromHttp(int status, const QByteArray &body);
    static ApiError make(Kind kind, const QString &message = {});
    // Procore's message from any of its error body shapes: {error:{message}}, {error:"…"},
    // {errors:"…"|[…]|{base,fields}}, {message}; empty when none found.
    static QString procoreMessage(const QByteArray &body);
};

} // namespace sitedesk
