#include "backend/services/inventoryservice.h"
#include "backend/services/servicestr.h"

#include "backend/proto/convert.h"
#include "backend/services/unary.h"

#include <QCoreApplication>
#include <deque>
#include <grpcpp/support/message_allocator.h>
#include <mutex>

namespace edge::services {

namespace {

// Page tokens are opaque to clients; today they carry the offset of the next page.
std::string encodePageToken(qint64 offset)
{
    return QByteArray("o" + QByteArray::number(offset))
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
        .toStdString();
}

api::Result<int> decodePageToken(const std::string &token)
{
    const auto decoded =
        QByteArray::fromBase64Encoding(QByteArray::fromStdString(token),
                                       QByteArray::Base64UrlEncoding
                                           | QByteArray::OmitTrailingEquals
                                           | QByteArray::AbortOnBase64DecodingErrors);
    bool ok = false;
    int offset = -1;
    if (decoded && decoded.decoded.startsWith('o'))
        offset = decoded.decoded.mid(1).toInt(&ok);
    if (!ok || offset < 0)
        return api::fail(api::Code::InvalidArgument,
                         Tr::tr("The page token is not valid; list again from the first page."), {},
                         QStringLiteral("page_token"));
    return offset;
}

constexpr char kWatchAcceptedKey[] = "edge-watch-accepted";

// One Watch stream: first every change after from_revision (read from the store in batches),
// then live changes as the feed wakes it. Exactly one write is in flight at a time; the reactor
// deletes itself in OnDone after leaving the feed.
class WatchReactor final
    : public grpc::ServerWriteReactor<v1::Change>
    , public ChangeFeed::Watcher {
public:
    WatchReactor(grpc::CallbackServerContext *context, api::Store &store, ChangeFeed &feed,
                 qint64 fromRevision, std::optional<api::Error> refusal)
        : m_store(store)
        , m_feed(feed)
        , m_last(fromRevision)
    {
        if (refusal) {
            finish(toGrpcStatus(*refusal));
            return;
        }
        if (!m_feed.add(this)) {
            finish(toGrpcStatus(
                api::Error{api::Code::Unavailable, Tr::tr("The hub is shutting down."), {}, {}}));
            return;
        }
        m_registered = true;
        // Tell the client at once that the stream is accepted, even with no change to send yet.
        // (A refused stream ends with trailers only, which carry no such entry.)
        context->AddInitialMetadata(kWatchAcceptedKey, "1");
        StartSendInitialMetadata();
        pump();
    }

    void wake() override { pump(); }

    void close() override
    {
        finish(toGrpcStatus(
            api::Error{api::Code::Unavailable, Tr::tr("The hub is shutting down."), {}, {}}));
    }

    void OnWriteDone(bool ok) override
    {
        std::unique_lock lock(m_mutex);
        m_writing = false;
        if (m_finishWanted || !ok) {
            if (!m_finishWanted) { // the client went away
                m_finishWanted = true;
                m_status = grpc::Status::CANCELLED;
            }
            if (!m_finished) {
                m_finished = true;
                lock.unlock();
                Finish(m_status);
            }
            return;
        }
        lock.unlock();
        pump();
    }

    void OnCancel() override { finish(grpc::Status::CANCELLED); }

    void OnDone() override
    {
        if (m_registered)
            m_feed.remove(this);
        delete this;
    }

private:
    void pump()
    {
        std::unique_lock lock(m_mutex);
        if (m_writing || m_finishWanted)
            return;
        if (m_buffer.empty()) {
            auto changes = m_store.changesSince(m_last, InventoryService::kWatchBatch);
            if (!changes) {
                qCWarning(lcRpc).noquote()
                    << "Watch: reading changes failed:" << changes.error().message
                    << changes.error().detail;
                m_finishWanted = true;
                m_finished = true;
                lock.unlock();
                Finish(toGrpcStatus(changes.error()));
                return;
            }
            for (api::Change &c : *changes)
                m_buffer.push_back(std::move(c));
            if (m_buffer.empty())
                return; // idle until the feed wakes us
        }
        const api::Change change = std::move(m_buffer.front());
        m_buffer.pop_front();
        m_last = change.revision;
        proto::toProto(change, &m_message);
        m_writing = true;
        lock.unlock();
        StartWrite(&m_message);
    }

    void finish(grpc::Status status)
    {
        std::unique_lock lock(m_mutex);
        if (m_finishWanted)
            return;
        m_finishWanted = true;
        m_status = std::move(status);
        if (m_writing)
            return; // OnWriteDone finishes
        m_finished = true;
        lock.unlock();
        Finish(m_status);
    }

    api::Store &m_store;
    ChangeFeed &m_feed;
    bool m_registered = false;
    std::mutex m_mutex;
    qint64 m_last;
    std::deque<api::Change> m_buffer;
    v1::Change m_message;
    bool m_writing = false;
    bool m_finishWanted = false;
    bool m_finished = false;
    grpc::Status m_status;
};

} // namespace

using detail::unary;

// List responses carry thousands of records: building them on a protobuf arena saves most of
// the allocations (and the frees) of their many small strings and map entries.
class InventoryService::ListAllocator final
    : public grpc::MessageAllocator<v1::ListRequest, v1::ListResponse> {
    class Holder final : public grpc::MessageHolder<v1::ListRequest, v1::ListResponse> {
    public:
        Holder()
        {
            set_request(google::protobuf::Arena::CreateMessage<v1::ListRequest>(&m_arena));
            set_response(google::protobuf::Arena::CreateMessage<v1::ListResponse>(&m_arena));
        }
        void Release() override { delete this; }

    private:
        google::protobuf::Arena m_arena;
    };

public:
    grpc::MessageHolder<v1::ListRequest, v1::ListResponse> *AllocateMessages() override
    {
        return new Holder;
    }
};

InventoryService::InventoryService(api::Store &store, Authenticator &auth, ChangeFeed &feed)
    : m_listAllocator(std::make_unique<ListAllocator>())
    , m_store(store)
    , m_auth(auth)
    , m_feed(feed)
{
    SetMessageAllocatorFor_List(m_listAllocator.get());
}

InventoryService::~InventoryService() = default;

grpc::ServerUnaryReactor *InventoryService::Create(grpc::CallbackServerContext *context,
                                                   const v1::CreateRequest *request,
                                                   v1::Record *response)
{
    return unary(context, "Inventory.Create", [&]() -> api::Result<void> {
        auto caller = m_auth.authorize(*context, api::Role::Operator);
        if (!caller)
            return std::unexpected(caller.error());
        auto record = proto::fromProto(request->record());
        if (!record)
            return std::unexpected(record.error());
        auto normalized = api::normalizeRecord(*record);
        if (!normalized)
            return std::unexpected(normalized.error());
        if (auto v = api::validateRecord(*normalized, true); !v)
            return v;
        auto created = m_store.create(*normalized, caller->userName);
        if (!created)
            return std::unexpected(created.error());
        proto::toProto(*created, response);
        return {};
    });
}

grpc::ServerUnaryReactor *InventoryService::Get(grpc::CallbackServerContext *context,
                                                const v1::GetRequest *request, v1::Record *response)
{
    return unary(context, "Inventory.Get", [&]() -> api::Result<void> {
        auto caller = m_auth.authorize(*context, api::Role::Viewer);
        if (!caller)
            return std::unexpected(caller.error());
        auto kind = proto::kindFromWire(request->kind());
        if (!kind)
            return std::unexpected(kind.error());
        auto record = m_store.get(*kind, proto::fromStd(request->id()));
        if (!record)
            return std::unexpected(record.error());
        proto::toProto(*record, response);
        return {};
    });
}

grpc::ServerUnaryReactor *InventoryService::Update(grpc::CallbackServerContext *context,
                                                   const v1::UpdateRequest *request,
                                                   v1::Record *response)
{
    return unary(context, "Inventory.Update", [&]() -> api::Result<void> {
        auto caller = m_auth.authorize(*context, api::Role::Operator);
        if (!caller)
            return std::unexpected(caller.error());
        auto patch = proto::fromProto(request->patch());
        if (!patch)
            return std::unexpected(patch.error());
        if (patch->id.isEmpty())
            return api::fail(api::Code::InvalidArgument,
                             Tr::tr("Name the entity to change by its id."), {},
                             QStringLiteral("id"));
        auto normalized = api::normalizeRecord(*patch);
        if (!normalized)
            return std::unexpected(normalized.error());
        auto updated = m_store.update(*normalized, caller->userName);
        if (!updated)
            return std::unexpected(updated.error());
        proto::toProto(*updated, response);
        return {};
    });
}

grpc::ServerUnaryReactor *InventoryService::Delete(grpc::CallbackServerContext *context,
                                                   const v1::DeleteRequest *request,
                                                   v1::DeleteResponse *)
{
    return unary(context, "Inventory.Delete", [&]() -> api::Result<void> {
        auto caller = m_auth.authorize(*context, api::Role::Operator);
        if (!caller)
            return std::unexpected(caller.error());
        auto kind = proto::kindFromWire(request->kind());
        if (!kind)
            return std::unexpected(kind.error());
        return m_store.remove(*kind, proto::fromStd(request->id()), caller->userName,
                              request->cascade());
    });
}

grpc::ServerUnaryReactor *InventoryService::List(grpc::CallbackServerContext *context,
                                                 const v1::ListRequest *request,
                                                 v1::ListResponse *response)
{
    return unary(context, "Inventory.List", [&]() -> api::Result<void> {
        auto caller = m_auth.authorize(*context, api::Role::Viewer);
        if (!caller)
            return std::unexpected(caller.error());
        auto kind = proto::kindFromWire(request->kind());
        if (!kind)
            return std::unexpected(kind.error());
        api::ListQuery query;
        query.kind = *kind;
        query.parentId = proto::fromStd(request->parent_id());
        query.name = proto::fromStd(request->name());
        query.search = proto::fromStd(request->search());
        if (!request->page_token().empty()) {
            auto offset = decodePageToken(request->page_token());
            if (!offset)
                return std::unexpected(offset.error());
            query.offset = *offset;
        } else {
            if (request->offset() < 0)
                return api::fail(api::Code::InvalidArgument,
                                 Tr::tr("The offset must not be negative."), {},
                                 QStringLiteral("offset"));
            query.offset = request->offset();
        }
        if (request->page_size() < 0)
            return api::fail(api::Code::InvalidArgument,
                             Tr::tr("The page size must not be negative."), {},
                             QStringLiteral("page_size"));
        query.limit = request->page_size() == 0 ? kDefaultPageSize
                                                : std::min(request->page_size(), kMaxPageSize);
        auto page = m_store.list(query);
        if (!page)
            return std::unexpected(page.error());
        auto *records = response->mutable_records();
        records->Reserve(int(page->records.size()));
        for (const api::Record &r : std::as_const(page->records))
            proto::toProto(r, records->Add());
        response->set_total(page->total);
        response->set_revision(page->revision);
        const qint64 next = qint64(query.offset) + page->records.size();
        if (!page->records.isEmpty() && next < page->total)
            response->set_next_page_token(encodePageToken(next));
        return {};
    });
}

grpc::ServerUnaryReactor *InventoryService::RemoveDemoData(grpc::CallbackServerContext *context,
                                                           const v1::RemoveDemoDataRequest *,
                                                           v1::RemoveDemoDataResponse *response)
{
    return unary(context, "Inventory.RemoveDemoData", [&]() -> api::Result<void> {
        auto caller = m_auth.authorize(*context, api::Role::Operator);
        if (!caller)
            return std::unexpected(caller.error());
        auto removed = m_store.removeDemoData(caller->userName);
        if (!removed)
            return std::unexpected(removed.error());
        response->set_removed(*removed);
        return {};
    });
}

grpc::ServerWriteReactor<v1::Change> *InventoryService::Watch(grpc::CallbackServerContext *context,
                                                              const v1::WatchRequest *request)
{
    std::optional<api::Error> refusal;
    auto caller = m_auth.authorize(*context, api::Role::Viewer);
    if (!caller)
        refusal = caller.error();
    else if (request->from_revision() < 0)
        refusal = api::Error{api::Code::InvalidArgument,
                             Tr::tr("The revision to watch from must not be negative."),
                             {},
                             QStringLiteral("from_revision")};
    return new WatchReactor(context, m_store, m_feed, request->from_revision(), std::move(refusal));
}

} // namespace edge::services
