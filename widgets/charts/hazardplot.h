#pragma once

// The site, its hazards and the rule distance rings, to scale (issue 4): geo::SitePlot (metres
// east/north of the site) drawn with QPainter; hazards coloured by their check result, lines and
// areas as drawn in the file, the nearest point of each marked and joined to the site, rings
// labelled ("railway ≥ 800 m (shall)"), a scale bar and north arrow. Fits everything in view.
#include "backend/geo/siterules.h"

#include <QWidget>

namespace edge::widgets {

class HazardPlot : public QWidget {
    Q_OBJECT
public:
    explicit HazardPlot(QWidget *parent = nullptr);

    void setPlot(const std::optional<geo::SitePlot> &plot); // nullopt: empty state
    const std::optional<geo::SitePlot> &plot() const { return m_plot; }

    QSize sizeHint() const override;

    // Where a point `metres` east/north of the site lands in the widget at its current size (the
    // mapping paintEvent uses; for tests). Without a plot it maps to the centre.
    QPointF toWidget(const QPointF &metres) const;
    // Pixels per metre at the current size.
    double pixelsPerMetre() const;
    // The scale bar's length in metres for a bar of about `pixels` at `perMetre` px/m: 1, 2 or 5
    // times a power of ten.
    static double roundScaleLength(double pixels, double perMetre);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QRectF contentBounds() const; // metres, east/north, site at (0, 0)

    std::optional<geo::SitePlot> m_plot;
};

} // namespace edge::widgets
