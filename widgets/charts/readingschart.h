#pragma once

// Temperature and humidity readings of a survey against a thermal profile's envelope (issue 4):
// temperature (and dew point) on the left axis in °C, relative humidity on the right axis in %RH,
// the profile's allowed temperature band drawn as a shaded area with its edges (dashed when the
// number is unverified), time on the x axis in local time. QtCharts. Empty state says what to add.
#include "backend/survey/reading.h"
#include "backend/survey/thermalchecks.h"

#include <QWidget>

class QChart;

namespace edge::widgets {

class ReadingsChart : public QWidget {
    Q_OBJECT
public:
    explicit ReadingsChart(QWidget *parent = nullptr);
    ~ReadingsChart() override;

    // Readings sorted or not; several sources become several series.
    void setReadings(const QList<survey::Reading> &readings);
    // The envelope of the survey's profile; nullopt draws none.
    void setEnvelope(const std::optional<survey::ThermalEnvelope> &envelope);

    int seriesCount() const;   // for tests: series drawn (readings + envelope edges)
    QChart *chart() const;     // for tests and the report: the chart drawn
    bool isEmptyState() const; // no readings: the empty-state text shows instead of the chart

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace edge::widgets
