// Placeholder so the tree links while this chart is being written (issue 4).
#include "widgets/charts/readingschart.h"

namespace edge::widgets {

struct ReadingsChart::Private {};

ReadingsChart::ReadingsChart(QWidget *parent)
    : QWidget(parent)
{}
ReadingsChart::~ReadingsChart() = default;
void ReadingsChart::setReadings(const QList<survey::Reading> &) {}
void ReadingsChart::setEnvelope(const std::optional<survey::ThermalEnvelope> &) {}
int ReadingsChart::seriesCount() const { return 0; }
void ReadingsChart::changeEvent(QEvent *event) { QWidget::changeEvent(event); }

} // namespace edge::widgets
