#pragma once

#include "backend/api/syncstore.h"

namespace edge::sync {

// api::Attachments straight on a store (the console's embedded hub): whole blobs in and out.
// putBlob computes the sha256 itself; blob() returns only complete, verified content.
class StoreAttachments final : public api::Attachments {
public:
    explicit StoreAttachments(api::SyncStore &store)
        : m_store(store)
    {}
    api::Result<api::BlobInfo> putAttachment(const QByteArray &content,
                                             const QString &mediaType) override
    {
        return m_store.putBlob(content, mediaType);
    }
    api::Result<QByteArray> attachment(const QString &sha256) override
    {
        return m_store.blob(sha256);
    }

private:
    api::SyncStore &m_store;
};

} // namespace edge::sync
