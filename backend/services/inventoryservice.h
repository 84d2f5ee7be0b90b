#pragma once

#include "backend/api/store.h"
#include "backend/services/authenticator.h"
#include "backend/services/changefeed.h"

#include "edge.grpc.pb.h"

#include <memory>

namespace edge::services {

// edge.v1.Inventory over an api::Store. Viewers read and watch; operators also write.
class InventoryService final : public v1::Inventory::CallbackService {
public:
    static constexpr int kDefaultPageSize = 1000;
    static constexpr int kMaxPageSize = 5000;
    static constexpr int kWatchBatch = 500;

    InventoryService(api::Store &store, Authenticator &auth, ChangeFeed &feed);
    ~InventoryService() override;

    grpc::ServerUnaryReactor *Create(grpc::CallbackServerContext *context,
                                     const v1::CreateRequest *request,
                                     v1::Record *response) override;
    grpc::ServerUnaryReactor *Get(grpc::CallbackServerContext *context,
                                  const v1::GetRequest *request, v1::Record *response) override;
    grpc::ServerUnaryReactor *Update(grpc::CallbackServerContext *context,
                                     const v1::UpdateRequest *request,
                                     v1::Record *response) override;
    grpc::ServerUnaryReactor *Delete(grpc::CallbackServerContext *context,
                                     const v1::DeleteRequest *request,
                                     v1::DeleteResponse *response) override;
    grpc::ServerUnaryReactor *List(grpc::CallbackServerContext *context,
                                   const v1::ListRequest *request,
                                   v1::ListResponse *response) override;
    grpc::ServerUnaryReactor *RemoveDemoData(grpc::CallbackServerContext *context,
                                             const v1::RemoveDemoDataRequest *request,
                                             v1::RemoveDemoDataResponse *response) override;
    grpc::ServerWriteReactor<v1::Change> *Watch(grpc::CallbackServerContext *context,
                                                const v1::WatchRequest *request) override;

private:
    class ListAllocator;
    std::unique_ptr<ListAllocator> m_listAllocator;
    api::Store &m_store;
    Authenticator &m_auth;
    ChangeFeed &m_feed;
};

} // namespace edge::services
