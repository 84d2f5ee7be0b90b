#include "podmanclient.h"

#include <QCoreApplication>
#include <QFile>
#include <QUrl>

#include <curl/curl.h>

#include <memory>

namespace edge::podman {

using api::Code;
using api::fail;

namespace {

constexpr const char *kBase = "http://d/v4.0.0/libpod";

// Strings are marked with QT_TRANSLATE_NOOP so lupdate finds them under this context.
QString trText(const char *text)
{
    return QCoreApplication::translate("edge::podman::PodmanClient", text);
}

struct CurlDeleter {
    void operator()(CURL *c) const { curl_easy_cleanup(c); }
};
struct SlistDeleter {
    void operator()(curl_slist *l) const { curl_slist_free_all(l); }
};
using CurlPtr = std::unique_ptr<CURL, CurlDeleter>;
using SlistPtr = std::unique_ptr<curl_slist, SlistDeleter>;

void ensureGlobalInit()
{
    static const bool done = [] {
        curl_global_init(CURL_GLOBAL_DEFAULT);
        return true;
    }();
    (void)done;
}

size_t writeBody(char *data, size_t size, size_t count, void *user)
{
    static_cast<QByteArray *>(user)->append(data, static_cast<qsizetype>(size * count));
    return size * count;
}

struct Upload {
    QFile *file = nullptr;
    const PodmanClient::Progress *progress = nullptr;
    bool cancelled = false;
};

size_t readFile(char *buffer, size_t size, size_t count, void *user)
{
    auto *up = static_cast<Upload *>(user);
    const qint64 n = up->file->read(buffer, static_cast<qint64>(size * count));
    if (n < 0)
        return CURL_READFUNC_ABORT;
    return static_cast<size_t>(n);
}

int uploadProgress(void *user, curl_off_t, curl_off_t, curl_off_t ultotal, curl_off_t ulnow)
{
    auto *up = static_cast<Upload *>(user);
    if (up->progress && *up->progress && !(*up->progress)(ulnow, ultotal)) {
        up->cancelled = true;
        return 1; // abort the transfer
    }
    return 0;
}

QString encode(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

std::unexpected<api::Error> transportError(CURLcode rc, const QString &socketPath,
                                           const char *curlMessage)
{
    const QString detail = QStringLiteral("%1 (socket %2)")
                               .arg(QString::fromUtf8(curlMessage), socketPath);
    if (rc == CURLE_OPERATION_TIMEDOUT)
        return fail(Code::DeadlineExceeded,
                    trText(QT_TRANSLATE_NOOP("edge::podman::PodmanClient",
                                             "The Podman request timed out.")),
                    detail);
    return fail(Code::Unavailable,
                trText(QT_TRANSLATE_NOOP("edge::podman::PodmanClient", "Podman is not reachable.")),
                detail);
}

} // namespace

PodmanClient::PodmanClient(QString socketPath, std::chrono::milliseconds timeout)
    : m_socketPath(std::move(socketPath))
    , m_timeout(timeout)
{
    ensureGlobalInit();
}

Result<PodmanClient::Response> PodmanClient::request(const char *method, const QString &path,
                                                     const QByteArray &body,
                                                     std::chrono::milliseconds extra)
{
    CurlPtr curl(curl_easy_init());
    if (!curl)
        return fail(Code::Internal,
                    trText(QT_TRANSLATE_NOOP("edge::podman::PodmanClient",
                                             "Podman is not reachable.")),
                    QStringLiteral("curl_easy_init"));
    const QByteArray url = QByteArray(kBase) + path.toUtf8();
    const QByteArray socket = QFile::encodeName(m_socketPath);
    Response response;
    char errorBuffer[CURL_ERROR_SIZE] = {};
    SlistPtr headers;
    CURL *c = curl.get();
    curl_easy_setopt(c, CURLOPT_UNIX_SOCKET_PATH, socket.constData());
    curl_easy_setopt(c, CURLOPT_URL, url.constData());
    curl_easy_setopt(c, CURLOPT_CUSTOMREQUEST, method);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, static_cast<long>((m_timeout + extra).count()));
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(m_timeout.count()));
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, &writeBody);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &response.body);
    if (!body.isNull()) {
        headers.reset(curl_slist_append(nullptr, "Content-Type: application/json"));
        curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers.get());
        curl_easy_setopt(c, CURLOPT_POSTFIELDS, body.constData());
        curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));
    } else if (qstrcmp(method, "POST") == 0) {
        curl_easy_setopt(c, CURLOPT_POSTFIELDS, "");
        curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t{0});
    }
    const CURLcode rc = curl_easy_perform(c);
    if (rc != CURLE_OK)
        return transportError(rc, m_socketPath,
                              errorBuffer[0] ? errorBuffer : curl_easy_strerror(rc));
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &response.status);
    return response;
}

Result<void> PodmanClient::expectNoContent(const Result<Response> &r, bool allowNotModified)
{
    if (!r)
        return std::unexpected(r.error());
    if ((r->status >= 200 && r->status < 300) || (allowNotModified && r->status == 304))
        return {};
    return std::unexpected(parseError(r->status, r->body));
}

Result<void> PodmanClient::ping()
{
    auto r = request("GET", QStringLiteral("/_ping"));
    if (!r)
        return std::unexpected(r.error());
    if (r->status != 200)
        return std::unexpected(parseError(r->status, r->body));
    return {};
}

Result<VersionInfo> PodmanClient::version()
{
    auto r = request("GET", QStringLiteral("/version"));
    if (!r)
        return std::unexpected(r.error());
    if (r->status != 200)
        return std::unexpected(parseError(r->status, r->body));
    return parseVersion(r->body);
}

Result<QString> PodmanClient::create(const ContainerSpec &spec)
{
    auto body = buildCreateBody(spec);
    if (!body)
        return std::unexpected(body.error());
    auto r = request("POST", QStringLiteral("/containers/create"), *body);
    if (!r)
        return std::unexpected(r.error());
    if (r->status != 201 && r->status != 200)
        return std::unexpected(parseError(r->status, r->body));
    return parseCreateResponse(r->body);
}

Result<void> PodmanClient::start(const QString &nameOrId)
{
    // 304: already running.
    return expectNoContent(request("POST",
                                   QStringLiteral("/containers/%1/start").arg(encode(nameOrId))),
                           true);
}

Result<void> PodmanClient::stop(const QString &nameOrId, int graceSeconds)
{
    const auto extra = std::chrono::seconds(qMax(0, graceSeconds));
    return expectNoContent(request("POST",
                                   QStringLiteral("/containers/%1/stop?timeout=%2")
                                       .arg(encode(nameOrId))
                                       .arg(qMax(0, graceSeconds)),
                                   {}, extra),
                           true);
}

Result<void> PodmanClient::restart(const QString &nameOrId, int graceSeconds)
{
    const auto extra = std::chrono::seconds(qMax(0, graceSeconds));
    return expectNoContent(request("POST",
                                   QStringLiteral("/containers/%1/restart?t=%2")
                                       .arg(encode(nameOrId))
                                       .arg(qMax(0, graceSeconds)),
                                   {}, extra));
}

Result<void> PodmanClient::remove(const QString &nameOrId, bool force)
{
    return expectNoContent(
        request("DELETE", QStringLiteral("/containers/%1?force=%2")
                              .arg(encode(nameOrId))
                              .arg(force ? QStringLiteral("true") : QStringLiteral("false"))));
}

Result<ContainerState> PodmanClient::inspect(const QString &nameOrId)
{
    auto r = request("GET", QStringLiteral("/containers/%1/json").arg(encode(nameOrId)));
    if (!r)
        return std::unexpected(r.error());
    if (r->status != 200)
        return std::unexpected(parseError(r->status, r->body));
    return parseInspect(r->body);
}

Result<QString> PodmanClient::runHealthCheck(const QString &nameOrId)
{
    auto r = request("GET", QStringLiteral("/containers/%1/healthcheck").arg(encode(nameOrId)));
    if (!r)
        return std::unexpected(r.error());
    if (r->status != 200)
        return std::unexpected(parseError(r->status, r->body));
    return parseHealthCheckRun(r->body);
}

Result<QList<ContainerSummary>> PodmanClient::list(bool all)
{
    auto r = request("GET", QStringLiteral("/containers/json?all=%1")
                                .arg(all ? QStringLiteral("true") : QStringLiteral("false")));
    if (!r)
        return std::unexpected(r.error());
    if (r->status != 200)
        return std::unexpected(parseError(r->status, r->body));
    return parseList(r->body);
}

Result<QList<ContainerStats>> PodmanClient::stats(const QStringList &namesOrIds)
{
    QString path = QStringLiteral("/containers/stats?stream=false");
    for (const QString &c : namesOrIds)
        path += QStringLiteral("&containers=") + QString::fromLatin1(QUrl::toPercentEncoding(c));
    auto r = request("GET", path);
    if (!r)
        return std::unexpected(r.error());
    if (r->status != 200)
        return std::unexpected(parseError(r->status, r->body));
    return parseStats(r->body);
}

Result<QStringList> PodmanClient::loadImage(const QString &archivePath, const Progress &progress,
                                            std::chrono::milliseconds timeout)
{
    QFile file(archivePath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Code::NotFound,
                    trText(QT_TRANSLATE_NOOP("edge::podman::PodmanClient",
                                             "The image archive cannot be read.")),
                    QStringLiteral("%1: %2").arg(archivePath, file.errorString()));
    CurlPtr curl(curl_easy_init());
    if (!curl)
        return fail(Code::Internal,
                    trText(QT_TRANSLATE_NOOP("edge::podman::PodmanClient",
                                             "Podman is not reachable.")),
                    QStringLiteral("curl_easy_init"));
    const QByteArray url = QByteArray(kBase) + "/images/load";
    const QByteArray socket = QFile::encodeName(m_socketPath);
    Upload upload{&file, &progress, false};
    Response response;
    char errorBuffer[CURL_ERROR_SIZE] = {};
    SlistPtr headers(curl_slist_append(nullptr, "Content-Type: application/x-tar"));
    headers.reset(curl_slist_append(headers.release(), "Expect:"));
    CURL *c = curl.get();
    curl_easy_setopt(c, CURLOPT_UNIX_SOCKET_PATH, socket.constData());
    curl_easy_setopt(c, CURLOPT_URL, url.constData());
    curl_easy_setopt(c, CURLOPT_POST, 1L);
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers.get());
    curl_easy_setopt(c, CURLOPT_READFUNCTION, &readFile);
    curl_easy_setopt(c, CURLOPT_READDATA, &upload);
    curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(file.size()));
    curl_easy_setopt(c, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(c, CURLOPT_XFERINFOFUNCTION, &uploadProgress);
    curl_easy_setopt(c, CURLOPT_XFERINFODATA, &upload);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, static_cast<long>(timeout.count()));
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(m_timeout.count()));
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, &writeBody);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &response.body);
    const CURLcode rc = curl_easy_perform(c);
    if (upload.cancelled)
        return fail(Code::Cancelled,
                    trText(QT_TRANSLATE_NOOP("edge::podman::PodmanClient",
                                             "The image upload was cancelled.")),
                    archivePath);
    if (rc != CURLE_OK)
        return transportError(rc, m_socketPath,
                              errorBuffer[0] ? errorBuffer : curl_easy_strerror(rc));
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &response.status);
    if (response.status != 200)
        return std::unexpected(parseError(response.status, response.body));
    return parseLoadResponse(response.body);
}

} // namespace edge::podman
