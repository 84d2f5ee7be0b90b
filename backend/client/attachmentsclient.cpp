#include "backend/client/attachmentsclient.h"
#include "backend/client/clienttr.h"

#include "backend/client/client.h"
#include "backend/proto/blobconvert.h"

#include "edge.grpc.pb.h"

#include <QCryptographicHash>
#include <grpcpp/channel.h>
#include <grpcpp/client_context.h>

namespace edge::client {

namespace {

std::string toStd(const QString &s) { return s.toStdString(); }

QString hexSha(const QByteArray &content)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

api::Error cancelled()
{
    return api::Error{api::Code::Cancelled,
                      QCoreApplication::translate("edge::client",
                                                  "The transfer was stopped; sending again "
                                                  "resumes it."),
                      {},
                      {}};
}

} // namespace

struct AttachmentsClient::Stub {
    explicit Stub(const std::shared_ptr<grpc::Channel> &channel)
        : attachments(v1::Attachments::NewStub(channel))
    {}
    std::unique_ptr<v1::Attachments::Stub> attachments;
};

AttachmentsClient::AttachmentsClient(std::shared_ptr<grpc::Channel> channel, const QString &target)
    : m_stub(std::make_unique<Stub>(channel))
    , m_target(target)
{}

AttachmentsClient::~AttachmentsClient() = default;

void AttachmentsClient::setToken(const QString &token)
{
    std::lock_guard lock(m_mutex);
    m_token = token;
}

void AttachmentsClient::setTokenSource(std::function<QString()> source)
{
    std::lock_guard lock(m_mutex);
    m_tokenSource = std::move(source);
}

void AttachmentsClient::setCallTimeout(std::chrono::milliseconds timeout)
{
    std::lock_guard lock(m_mutex);
    m_timeout = timeout;
}

void AttachmentsClient::prepare(grpc::ClientContext &context) const
{
    std::function<QString()> source;
    QString token;
    std::chrono::milliseconds timeout;
    {
        std::lock_guard lock(m_mutex);
        source = m_tokenSource;
        token = m_token;
        timeout = m_timeout;
    }
    if (source)
        token = source(); // outside our lock: the source takes its owner's
    context.set_deadline(std::chrono::system_clock::now() + timeout);
    if (!token.isEmpty())
        context.AddMetadata("authorization", "Bearer " + token.toStdString());
}

// ---- The blob half of api::SyncPeer -----------------------------------------------------------

api::Result<QStringList> AttachmentsClient::blobsHeld()
{
    grpc::ClientContext context;
    prepare(context);
    v1::ListBlobsRequest request;
    v1::ListBlobsResponse response;
    const grpc::Status status = m_stub->attachments->ListBlobs(&context, request, &response);
    if (!status.ok())
        return std::unexpected(Client::toError(status, m_target));
    QStringList out;
    out.reserve(response.sha256_size());
    for (const std::string &sha : response.sha256())
        out << QString::fromStdString(sha);
    return out;
}

api::Result<std::pair<api::BlobInfo, QList<int>>> AttachmentsClient::info(const QString &sha256,
                                                                          bool withMissing)
{
    grpc::ClientContext context;
    prepare(context);
    v1::GetBlobInfoRequest request;
    request.set_sha256(toStd(sha256));
    request.set_with_missing(withMissing);
    v1::GetBlobInfoResponse response;
    const grpc::Status status = m_stub->attachments->GetBlobInfo(&context, request, &response);
    if (!status.ok())
        return std::unexpected(Client::toError(status, m_target));
    QList<int> missing;
    missing.reserve(response.missing_chunks_size());
    for (int index : response.missing_chunks())
        missing << index;
    return std::pair{proto::fromProto(response.info()), missing};
}

api::Result<api::BlobInfo> AttachmentsClient::blobInfo(const QString &sha256)
{
    auto r = info(sha256, false);
    if (!r)
        return std::unexpected(r.error());
    return r->first;
}

api::Result<QList<int>> AttachmentsClient::missingChunks(const QString &sha256)
{
    auto r = info(sha256, true);
    if (!r)
        return std::unexpected(r.error());
    return r->second;
}

api::Result<QByteArray> AttachmentsClient::blobChunk(const QString &sha256, int index)
{
    grpc::ClientContext context;
    prepare(context);
    v1::GetBlobChunkRequest request;
    request.set_sha256(toStd(sha256));
    request.set_index(index);
    v1::GetBlobChunkResponse response;
    const grpc::Status status = m_stub->attachments->GetBlobChunk(&context, request, &response);
    if (!status.ok())
        return std::unexpected(Client::toError(status, m_target));
    return QByteArray(response.data().data(), qsizetype(response.data().size()));
}

api::Result<api::BlobInfo> AttachmentsClient::beginBlob(const QString &sha256, qint64 size,
                                                        const QString &mediaType)
{
    grpc::ClientContext context;
    prepare(context);
    v1::BeginBlobRequest request;
    request.set_sha256(toStd(sha256));
    request.set_size(size);
    request.set_media_type(toStd(mediaType));
    v1::BlobInfo response;
    const grpc::Status status = m_stub->attachments->BeginBlob(&context, request, &response);
    if (!status.ok())
        return std::unexpected(Client::toError(status, m_target));
    return proto::fromProto(response);
}

api::Result<api::BlobInfo> AttachmentsClient::putBlobChunk(const QString &sha256, int index,
                                                           const QByteArray &data)
{
    grpc::ClientContext context;
    prepare(context);
    v1::PutBlobChunkRequest request;
    request.set_sha256(toStd(sha256));
    request.set_index(index);
    request.set_data(data.constData(), size_t(data.size()));
    v1::BlobInfo response;
    ++m_chunksSent;
    const grpc::Status status = m_stub->attachments->PutBlobChunk(&context, request, &response);
    if (!status.ok())
        return std::unexpected(Client::toError(status, m_target));
    return proto::fromProto(response);
}

// ---- api::Attachments ---------------------------------------------------------------------------

api::Result<api::BlobInfo> AttachmentsClient::putAttachment(const QByteArray &content,
                                                            const QString &mediaType)
{
    return putAttachment(content, mediaType, {});
}

api::Result<api::BlobInfo> AttachmentsClient::putAttachment(const QByteArray &content,
                                                            const QString &mediaType,
                                                            const BlobProgress &progress)
{
    const QString sha = hexSha(content);
    auto begun = beginBlob(sha, content.size(), mediaType);
    if (!begun)
        return begun;
    if (begun->complete)
        return begun; // the hub holds it already
    if (begun->chunkSize != api::kBlobChunkSize)
        return api::fail(api::Code::FailedPrecondition,
                         Tr::tr("The hub stores attachments in chunks of %1 bytes; this program "
                                "sends %2. Update the program or the hub so that both match.")
                             .arg(begun->chunkSize)
                             .arg(api::kBlobChunkSize));
    auto missing = missingChunks(sha);
    if (!missing)
        return std::unexpected(missing.error());
    api::BlobInfo last = *begun;
    const int total = int(missing->size());
    int done = 0;
    for (int index : std::as_const(*missing)) {
        if (progress && !progress(done, total))
            return std::unexpected(cancelled());
        const qsizetype start = qsizetype(index) * api::kBlobChunkSize;
        if (index < 0 || start >= content.size())
            return api::fail(api::Code::Internal,
                             Tr::tr("The hub asked for chunk %1 of an attachment that has only "
                                    "%2 bytes.")
                                 .arg(index)
                                 .arg(content.size()));
        auto put = putBlobChunk(sha, index, content.mid(start, api::kBlobChunkSize));
        if (!put)
            return put;
        last = *put;
        ++done;
    }
    if (progress)
        progress(done, total);
    if (!last.complete) {
        // Chunks sent earlier may have been dropped meanwhile; the hub says what it lacks.
        auto now = blobInfo(sha);
        if (!now)
            return now;
        if (!now->complete)
            return api::fail(api::Code::Unavailable,
                             Tr::tr("The hub still lacks %1 of %2 chunks of the attachment %3; "
                                    "send it again.")
                                 .arg(now->chunkCount - now->chunksHeld)
                                 .arg(now->chunkCount)
                                 .arg(sha));
        last = *now;
    }
    return last;
}

api::Result<QByteArray> AttachmentsClient::attachment(const QString &sha256)
{
    auto described = blobInfo(sha256);
    if (!described)
        return std::unexpected(described.error());
    if (!described->complete)
        return api::fail(api::Code::NotFound,
                         Tr::tr("The hub has only part of the attachment %1 (%2 of %3 chunks).")
                             .arg(sha256)
                             .arg(described->chunksHeld)
                             .arg(described->chunkCount),
                         {}, QStringLiteral("sha256"));
    QByteArray out;
    out.reserve(described->size);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (int i = 0; i < described->chunkCount; ++i) {
        auto chunk = blobChunk(sha256, i);
        if (!chunk)
            return std::unexpected(chunk.error());
        hash.addData(*chunk);
        out += *chunk;
    }
    const QString digest = QString::fromLatin1(hash.result().toHex());
    if (out.size() != described->size || digest != described->sha256.toLower())
        return api::fail(api::Code::ImageIntegrity,
                         Tr::tr("The attachment %1 arrived damaged (%2 bytes, digest %3); "
                                "fetch it again.")
                             .arg(sha256)
                             .arg(out.size())
                             .arg(digest));
    return out;
}

} // namespace edge::client
