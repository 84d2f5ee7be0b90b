#include "backend/survey/thermalanalysis.h"
#include "backend/survey/dewpoint.h"

#include <QHash>

#include <algorithm>
#include <deque>

namespace edge::survey {

std::optional<double> maxChangeWithin(const QList<Reading> &series, qint64 windowMs)
{
    // Sliding window [i, j] with monotonic deques of indices for its max and min: O(n).
    std::optional<double> best;
    std::deque<qsizetype> maxQ;
    std::deque<qsizetype> minQ;
    qsizetype i = 0;
    for (qsizetype j = 0; j < series.size(); ++j) {
        const double t = series.at(j).temperatureC;
        while (!maxQ.empty() && series.at(maxQ.back()).temperatureC <= t)
            maxQ.pop_back();
        maxQ.push_back(j);
        while (!minQ.empty() && series.at(minQ.back()).temperatureC >= t)
            minQ.pop_back();
        minQ.push_back(j);
        while (series.at(j).timestampMs - series.at(i).timestampMs > windowMs)
            ++i;
        while (maxQ.front() < i)
            maxQ.pop_front();
        while (minQ.front() < i)
            minQ.pop_front();
        if (j > i) {
            const double change = series.at(maxQ.front()).temperatureC
                                  - series.at(minQ.front()).temperatureC;
            best = std::max(best.value_or(0.0), change);
        }
    }
    return best;
}

ThermalSummary analyze(const QList<Reading> &readings)
{
    ThermalSummary s;
    if (readings.isEmpty())
        return s;
    QHash<QString, QList<Reading>> bySource;
    double sum = 0;
    s.firstMs = readings.first().timestampMs;
    s.lastMs = s.firstMs;
    for (const Reading &r : readings) {
        ++s.count;
        sum += r.temperatureC;
        s.minC = std::min(s.minC.value_or(r.temperatureC), r.temperatureC);
        s.maxC = std::max(s.maxC.value_or(r.temperatureC), r.temperatureC);
        s.firstMs = std::min(s.firstMs, r.timestampMs);
        s.lastMs = std::max(s.lastMs, r.timestampMs);
        if (r.humidityRH) {
            ++s.humidityCount;
            s.rhMin = std::min(s.rhMin.value_or(*r.humidityRH), *r.humidityRH);
            s.rhMax = std::max(s.rhMax.value_or(*r.humidityRH), *r.humidityRH);
            if (const auto dp = dewPointC(r.temperatureC, *r.humidityRH)) {
                s.dewPointMinC = std::min(s.dewPointMinC.value_or(*dp), *dp);
                s.dewPointMaxC = std::max(s.dewPointMaxC.value_or(*dp), *dp);
                if (!dewPointInValidRange(r.temperatureC))
                    ++s.outsideMagnusRange;
            }
        }
        bySource[r.source].append(r);
    }
    s.meanC = sum / s.count;
    s.spanS = double(s.lastMs - s.firstMs) / 1000.0;
    s.sourceCount = int(bySource.size());
    for (auto it = bySource.begin(); it != bySource.end(); ++it) {
        QList<Reading> &series = it.value();
        std::stable_sort(series.begin(), series.end(), [](const Reading &a, const Reading &b) {
            return a.timestampMs < b.timestampMs;
        });
        for (qsizetype k = 1; k < series.size(); ++k)
            s.maxGapS = std::max(s.maxGapS,
                                 double(series.at(k).timestampMs - series.at(k - 1).timestampMs)
                                     / 1000.0);
        if (const auto h = maxChangeWithin(series, kHourMs))
            s.maxChangePerHour = std::max(s.maxChangePerHour.value_or(0.0), *h);
        if (const auto q = maxChangeWithin(series, kQuarterHourMs))
            s.maxChange15Min = std::max(s.maxChange15Min.value_or(0.0), *q);
    }
    return s;
}

} // namespace edge::survey
