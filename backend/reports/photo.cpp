#include "backend/reports/photo.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>

namespace edge::reports {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("edge::reports", text); }

api::Error bad(const QString &message) { return api::Error{api::Code::BadInput, message, {}, {}}; }

} // namespace

api::Result<survey::PhotoItem> preparePhoto(const QString &path, const QString &caption, int maxEdge)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(bad(tr("%1 cannot be read: %2").arg(path, file.errorString())));
    if (file.size() > kMaxPhotoFileBytes)
        return std::unexpected(bad(tr("%1 is larger than %2 MiB; choose a smaller photo.")
                                       .arg(path)
                                       .arg(kMaxPhotoFileBytes >> 20)));
    const QByteArray bytes = file.readAll();
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true); // EXIF orientation
    const QSize size = reader.size();
    if (size.isValid() && qint64(size.width()) * size.height() > 200'000'000)
        return std::unexpected(bad(tr("%1 is %2 x %3 pixels; photos up to 200 megapixels are "
                                      "accepted.")
                                       .arg(path)
                                       .arg(size.width())
                                       .arg(size.height())));
    if (size.isValid() && std::max(size.width(), size.height()) > maxEdge * 2) {
        // Decode at a reduced size where the format allows it (JPEG scales while decoding).
        reader.setScaledSize(size.scaled(maxEdge * 2, maxEdge * 2, Qt::KeepAspectRatio));
    }
    QImage image = reader.read();
    if (image.isNull())
        return std::unexpected(bad(tr("%1 is not an image Qt can read (%2); use JPEG or PNG.")
                                       .arg(path, reader.errorString())));
    if (std::max(image.width(), image.height()) > maxEdge)
        image = image.scaled(maxEdge, maxEdge, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    if (image.hasAlphaChannel()) {
        QImage flat(image.size(), QImage::Format_RGB32);
        flat.fill(Qt::white);
        QPainter painter(&flat);
        painter.drawImage(0, 0, image);
        painter.end();
        image = flat;
    }
    QByteArray jpeg;
    QBuffer out(&jpeg);
    out.open(QIODevice::WriteOnly);
    QImageWriter writer(&out, "jpeg");
    writer.setQuality(85);
    if (!writer.write(image))
        return std::unexpected(
            bad(tr("%1 could not be converted to JPEG: %2").arg(path, writer.errorString())));
    // A small copy for lists, kept inline in the survey item (the JPEG becomes an attachment).
    QByteArray thumbnail;
    {
        const QImage small = image.scaled(kPhotoThumbnailEdge, kPhotoThumbnailEdge,
                                          Qt::KeepAspectRatio, Qt::SmoothTransformation);
        QBuffer thumbOut(&thumbnail);
        thumbOut.open(QIODevice::WriteOnly);
        QImageWriter thumbWriter(&thumbOut, "jpeg");
        thumbWriter.setQuality(70);
        if (!thumbWriter.write(small))
            thumbnail.clear(); // optional: lists then show the file name only
    }
    survey::PhotoItem photo;
    photo.file = QFileInfo(path).fileName();
    photo.caption = caption;
    photo.sha256 = QString::fromLatin1(
        QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    photo.width = image.width();
    photo.height = image.height();
    photo.jpeg = jpeg;
    photo.mediaType = QStringLiteral("image/jpeg");
    photo.thumbnail = thumbnail;
    return photo;
}

api::Result<void> attachPhoto(survey::PhotoItem &photo, api::Attachments &attachments)
{
    if (!photo.attachmentSha256.isEmpty())
        return {};
    const QString type = photo.mediaType.isEmpty() ? QStringLiteral("image/jpeg") : photo.mediaType;
    auto put = attachments.putAttachment(photo.jpeg, type);
    if (!put)
        return std::unexpected(put.error());
    photo.attachmentSha256 = put->sha256;
    photo.attachmentSize = put->size;
    photo.mediaType = type;
    photo.jpeg.clear();
    return {};
}

} // namespace edge::reports
