#include "widgets/common/signaturepad.h"

#include <QBuffer>
#include <QEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace edge::widgets {

namespace {

void drawStrokes(QPainter &p, const QList<QPolygonF> &strokes, qreal width)
{
    QPen pen(QColor(0x10, 0x10, 0x30), width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    for (const QPolygonF &s : strokes) {
        if (s.size() == 1)
            p.drawPoint(s.first());
        else
            p.drawPolyline(s);
    }
}

} // namespace

SignaturePad::SignaturePad(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("signaturePad"));
    setAttribute(Qt::WA_StaticContents);
    setCursor(Qt::CrossCursor);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, Qt::white);
    setPalette(p);
    m_hint = tr("Sign here");
}

void SignaturePad::addStroke(const QPolygonF &stroke)
{
    if (stroke.isEmpty())
        return;
    m_strokes.append(stroke);
    update();
    Q_EMIT changed();
}

void SignaturePad::clear()
{
    if (m_strokes.isEmpty())
        return;
    m_strokes.clear();
    update();
    Q_EMIT changed();
}

QImage SignaturePad::toImage(const QSize &maxSize) const
{
    if (m_strokes.isEmpty())
        return {};
    QRectF bounds;
    for (const QPolygonF &s : m_strokes)
        bounds = bounds.united(s.boundingRect());
    bounds.adjust(-6, -6, 6, 6);
    const qreal scale = std::min({qreal(maxSize.width()) / bounds.width(),
                                  qreal(maxSize.height()) / bounds.height(), qreal(3)});
    const QSize size(std::max(1, int(bounds.width() * scale)),
                     std::max(1, int(bounds.height() * scale)));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(scale, scale);
    p.translate(-bounds.topLeft());
    drawStrokes(p, m_strokes, 2.2);
    return image;
}

QByteArray SignaturePad::toPng(const QSize &maxSize) const
{
    const QImage image = toImage(maxSize);
    if (image.isNull())
        return {};
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

void SignaturePad::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    p.setPen(QPen(QColor(0xb0, 0xb0, 0xb0), 1, Qt::DashLine));
    const qreal baseline = r.bottom() - r.height() * 0.25;
    p.drawLine(QPointF(r.left() + 12, baseline), QPointF(r.right() - 12, baseline));
    p.setPen(QColor(0xb0, 0xb0, 0xb0));
    p.drawRect(r);
    if (m_strokes.isEmpty()) {
        p.setPen(QColor(0x90, 0x90, 0x90));
        p.drawText(r, Qt::AlignCenter, m_hint);
    }
    drawStrokes(p, m_strokes, 2.0);
}

void SignaturePad::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_drawing = true;
    m_strokes.append(QPolygonF{event->position()});
    update();
}

void SignaturePad::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_drawing || m_strokes.isEmpty())
        return;
    m_strokes.last().append(event->position());
    update();
}

void SignaturePad::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_drawing || event->button() != Qt::LeftButton)
        return;
    m_drawing = false;
    Q_EMIT changed();
}

void SignaturePad::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_hint = tr("Sign here");
        update();
    }
    QWidget::changeEvent(event);
}

} // namespace edge::widgets
