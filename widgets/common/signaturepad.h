#pragma once

#include <QImage>
#include <QList>
#include <QPolygonF>
#include <QWidget>

namespace edge::widgets {

// A signature drawn on screen with the mouse, a pen or a finger (issue 6: the acceptance report's
// signature blocks). Keeps the strokes as polylines in widget coordinates and renders them black
// on transparent for the report. Clear() starts over.
class SignaturePad : public QWidget {
    Q_OBJECT
public:
    explicit SignaturePad(QWidget *parent = nullptr);

    bool isEmpty() const { return m_strokes.isEmpty(); }
    const QList<QPolygonF> &strokes() const { return m_strokes; }
    // Adds one stroke (widget coordinates); for tests and scripted input.
    void addStroke(const QPolygonF &stroke);
    void clear();
    // The signature cropped to its strokes with a small margin, scaled to fit `maxSize`, black on
    // transparent. Null when empty.
    QImage toImage(const QSize &maxSize = QSize(600, 200)) const;
    // toImage() as PNG bytes (empty when empty).
    QByteArray toPng(const QSize &maxSize = QSize(600, 200)) const;

    QSize sizeHint() const override { return QSize(360, 120); }
    QSize minimumSizeHint() const override { return QSize(200, 80); }

Q_SIGNALS:
    void changed();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QList<QPolygonF> m_strokes;
    bool m_drawing = false;
    QString m_hint;
};

} // namespace edge::widgets
