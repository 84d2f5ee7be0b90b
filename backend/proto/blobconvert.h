#pragma once

// api::BlobInfo <-> edge.v1.BlobInfo (service Attachments, issue 5).

#include "backend/api/syncstore.h"

#include "edge.pb.h"

namespace edge::proto {

inline void toProto(const api::BlobInfo &in, v1::BlobInfo *out)
{
    out->set_sha256(in.sha256.toStdString());
    out->set_size(in.size);
    out->set_chunk_size(in.chunkSize);
    out->set_chunk_count(in.chunkCount);
    out->set_chunks_held(in.chunksHeld);
    out->set_complete(in.complete);
    out->set_media_type(in.mediaType.toStdString());
}

inline api::BlobInfo fromProto(const v1::BlobInfo &in)
{
    api::BlobInfo out;
    out.sha256 = QString::fromStdString(in.sha256());
    out.size = in.size();
    out.chunkSize = in.chunk_size();
    out.chunkCount = in.chunk_count();
    out.chunksHeld = in.chunks_held();
    out.complete = in.complete();
    out.mediaType = QString::fromStdString(in.media_type());
    return out;
}

} // namespace edge::proto
