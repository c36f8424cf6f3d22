#include "edge_list_csv.hpp"

#include <cctype>

namespace faultline::io::csv {

std::string lowercase(std::string_view text) {
  std::string lower{text};
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower;
}

std::vector<Row> parse(std::string_view text, int& unterminated_line) {
  unterminated_line = 0;
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  std::vector<Row> rows;
  Row row{1, {}};
  Field field;
  bool quoted = false;
  bool field_started = false;
  int line = 1;
  int column = 1;
  auto end_field = [&] {
    // Surrounding spaces are not part of a value (hand-written files often align columns).
    const auto first = field.text.find_first_not_of(" \t");
    const auto last = field.text.find_last_not_of(" \t");
    field.text = first == std::string::npos ? std::string{} : field.text.substr(first, last - first + 1);
    row.fields.push_back(std::move(field));
    field = Field{};
    field_started = false;
  };
  auto end_row = [&] {
    end_field();
    const bool blank = row.fields.size() == 1 && row.fields.front().text.empty();
    if (!blank) rows.push_back(std::move(row));
    row = Row{line + 1, {}};
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (!field_started) {
      field.column = column;
      field_started = true;
    }
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field.text += '"';
        ++i;
        ++column;
      } else if (c == '"') {
        quoted = false;
      } else {
        field.text += c;
        if (c == '\n') {
          ++line;
          column = 0;
        }
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      end_field();
    } else if (c == '\n') {
      end_row();
      ++line;
      column = 0;
    } else if (c != '\r') {
      field.text += c;
    }
    ++column;
  }
  if (quoted) unterminated_line = row.line;
  if (field_started || !row.fields.empty()) end_row();
  return rows;
}

}  // namespace faultline::io::csv
