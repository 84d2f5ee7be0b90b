#pragma once

// CSV import of temperature/humidity readings (issue 4), as temperature loggers and spreadsheets
// write them. The format (docs/survey-temperature.md):
//   - UTF-8 (a byte order mark is skipped); blank lines and lines starting with '#' are ignored.
//   - The first other line is the header. Recognised columns, in any order and any case, a unit in
//     brackets allowed ("温度(℃)", "Humidity (%RH)"): time (time, timestamp, datetime, 时间,
//     日期时间, 采集时间, 记录时间; or a date column - date, 日期 - alone or beside a time column),
//     temperature (temperature, temp, 温度, 环境温度), humidity (humidity, rh, relative humidity,
//     湿度, 相对湿度), source (source, sensor, device, 来源, 传感器, 设备). time and temperature are
//     required; other columns are ignored.
//   - Separator: ',' ';' or tab, whichever the header uses. With ';' or tab a decimal comma is
//     accepted ("23,5"); with ',' it is not (it would be ambiguous).
//   - Times: ISO 8601 "2026-11-25T14:05:00Z", "2026-11-25T14:05:00+08:00", or
//     "yyyy-MM-dd HH:mm[:ss[.zzz]]" ('/' also accepted between date parts). A time without an offset
//     is taken at `utcOffsetSeconds` (default UTC).
//   - Temperatures in °C ("23.5", "23.5℃" and "23.5°C" accepted; Fahrenheit is refused), humidity
//     in % (0-100; an empty cell means not measured). Rows may be out of order: they are sorted.
// Any error refuses the whole file (nothing is partially imported): Code::BadInput whose message
// names the file, line and column, what is wrong and what to do; Error::field is "LINE:COLUMN".

#include "backend/survey/reading.h"

#include <QByteArray>

namespace edge::survey {

struct ReadingsCsvOptions {
    QString fileName = QStringLiteral("readings.csv"); // names the file in errors
    QString defaultSource;    // source of rows without a source column (default: fileName)
    int utcOffsetSeconds = 0; // offset of times written without one
    qsizetype maxRows = 1'000'000;
};

// The readings sorted by time (stable), or the first error.
api::Result<QList<Reading>> parseReadingsCsv(const QByteArray &data,
                                             const ReadingsCsvOptions &options = {});

// Reads `path` (at most 256 MiB) and parses it; fileName defaults to the path's file name.
api::Result<QList<Reading>> loadReadingsCsv(const QString &path, ReadingsCsvOptions options = {});

} // namespace edge::survey
