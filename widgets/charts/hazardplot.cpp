// Placeholder so the tree links while this plot is being written (issue 4).
#include "widgets/charts/hazardplot.h"

namespace edge::widgets {

HazardPlot::HazardPlot(QWidget *parent)
    : QWidget(parent)
{}
void HazardPlot::setPlot(const std::optional<geo::SitePlot> &plot) { m_plot = plot; }
QSize HazardPlot::sizeHint() const { return {400, 400}; }
void HazardPlot::paintEvent(QPaintEvent *) {}
void HazardPlot::changeEvent(QEvent *event) { QWidget::changeEvent(event); }

} // namespace edge::widgets
