#pragma once

// Photos for surveys (and commissioning evidence later): an image file in, a print-size JPEG out
// (EXIF orientation applied, longest edge at most `maxEdge` pixels, quality 85) with the sha256 of
// the original file, ready for survey::photoPayload. Qt Gui (QImageReader), hence backend/reports.
#include "backend/api/error.h"
#include "backend/survey/surveyevaluation.h"

namespace edge::reports {

inline constexpr qint64 kMaxPhotoFileBytes = 64LL << 20;
inline constexpr int kPhotoThumbnailEdge = 240; // PhotoItem::thumbnail, longest edge in pixels

// Errors (BadInput) name the file and what is wrong: unreadable, too large, not an image.
// The result carries the JPEG inline and a thumbnail; attachPhoto() moves the JPEG out.
api::Result<survey::PhotoItem> preparePhoto(const QString &path, const QString &caption,
                                            int maxEdge = 1600);

// Puts the photo's JPEG into `attachments` and keeps only its reference (sha256, media type,
// size) and the thumbnail in the item, so survey::photoPayload() leaves the bytes out.
api::Result<void> attachPhoto(survey::PhotoItem &photo, api::Attachments &attachments);

} // namespace edge::reports
