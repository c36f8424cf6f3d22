#pragma once
// The small CSV dialect of the edge-list reader: comma-separated, optional double quotes ("" inside quotes is
// a quote), LF or CRLF line ends, an optional UTF-8 byte-order mark, blank lines ignored.

#include <string>
#include <string_view>
#include <vector>

namespace faultline::io::csv {

struct Field {
  std::string text;
  int column = 1;  // 1-based character column where the field starts
};

struct Row {
  int line = 0;  // 1-based
  std::vector<Field> fields;
};

// Splits text into rows (blank lines skipped); a quote left open is reported through `unterminated_line` (0:
// none).
std::vector<Row> parse(std::string_view text, int& unterminated_line);

// Lower-case ASCII copy, for case-insensitive header matching.
std::string lowercase(std::string_view text);

}  // namespace faultline::io::csv
