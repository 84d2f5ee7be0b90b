#pragma once

// One line of a CSV file into fields, for every importer (hosts, readings, hazards): "..." quoting
// with "" for a quote inside, blanks around fields ignored, a field never spanning lines. The
// caller turns a problem into its own message (it knows the file, the line and what to advise).

#include <QChar>
#include <QList>
#include <QString>

#include <expected>

namespace edge::api {

struct CsvField {
    QString text;
    int column = 1; // 1-based column (in characters) where the field starts
};

struct CsvLineProblem {
    enum Kind {
        UnclosedQuote,        // a quoted field runs to the end of the line
        TextAfterQuotedField, // something other than the separator follows a closing quote
        QuoteInUnquotedField, // a quote in the middle of an unquoted field
    };
    Kind kind = UnclosedQuote;
    int column = 1; // 1-based column of the offending character
};

struct CsvLineOptions {
    QChar separator = u',';
    bool trimQuoted = false; // also trim blanks inside quotes
};

// A line ending with the separator has an empty last field; an empty line is one empty field.
std::expected<QList<CsvField>, CsvLineProblem> splitCsvLine(const QString &line,
                                                            const CsvLineOptions &options = {});

} // namespace edge::api
