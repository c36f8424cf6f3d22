#include "faultline/io/value_readers.hpp"

#include <charconv>
#include <cmath>

#include "faultline/io/field_set.hpp"

namespace faultline::io {

namespace {
// Bounds print as the file would write them: 1, -1, 0.5.
std::string bound_text(double x) {
  char buffer[32];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, x);
  return std::string(buffer, result.ptr);
}

void report_expected(const LocatedNode& at, std::string_view expected) {
  at.report("expected " + std::string{expected} + ", got " + at.description());
}

bool is_id_character(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
         c == '.';
}

}  // namespace

bool is_valid_id(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text) {
    if (!is_id_character(c)) return false;
  }
  return true;
}

std::string NumberRange::describe() const {
  const bool bounded_below = std::isfinite(min);
  const bool bounded_above = std::isfinite(max);
  if (bounded_below && bounded_above) return "a number in [" + bound_text(min) + ", " + bound_text(max) + "]";
  if (bounded_below) return "a number >= " + bound_text(min);
  if (bounded_above) return "a number <= " + bound_text(max);
  return "a number";
}

std::optional<double> parse_number(std::string_view text) {
  // YAML allows an explicit plus sign (`salience: +0.5` reads as a delta); from_chars does not.
  if (!text.empty() && text.front() == '+') {
    text.remove_prefix(1);
    if (!text.empty() && text.front() == '-') return std::nullopt;
  }
  if (text.empty()) return std::nullopt;
  double value = 0.0;
  const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
  if (result.ec != std::errc{} || result.ptr != text.data() + text.size() || !std::isfinite(value)) {
    return std::nullopt;
  }
  return value;
}

std::optional<double> read_number(const LocatedNode& at, NumberRange range) {
  const auto value = at.is_scalar() && !at.is_quoted() ? parse_number(at.scalar()) : std::nullopt;
  if (!value || !range.contains(*value)) {
    report_expected(at, range.describe());
    return std::nullopt;
  }
  return value;
}

std::optional<Uncertain> read_uncertain(const LocatedNode& at, NumberRange range) {
  if (at.is_sequence()) {
    report_expected(at, range.describe() + " or {value, sd}");
    return std::nullopt;
  }
  if (!at.is_map()) {
    const auto value = read_number(at, range);
    if (!value) return std::nullopt;
    return Uncertain{*value, at.context().default_sd()};
  }
  const FieldSet fields{at, "", {"value", "sd"}};
  std::optional<double> value;
  if (auto written = fields.required("value")) value = read_number(*written, range);
  double sd = at.context().default_sd();
  if (auto written = fields.optional("sd")) {
    const auto parsed = read_number(*written, non_negative);
    if (!parsed) return std::nullopt;
    sd = *parsed;
  }
  if (!value) return std::nullopt;
  return Uncertain{*value, sd};
}

std::optional<std::string> read_text(const LocatedNode& at) {
  if (!at.is_scalar()) {
    report_expected(at, "text");
    return std::nullopt;
  }
  return at.scalar();
}

std::optional<std::string> read_id(const LocatedNode& at) {
  if (!at.is_scalar() || !is_valid_id(at.scalar())) {
    report_expected(at, "an id (letters, digits, '_', '-', '.')");
    return std::nullopt;
  }
  return at.scalar();
}

std::optional<Date> read_date(const LocatedNode& at) {
  const auto date = at.is_scalar() ? Date::from_iso(at.scalar()) : std::nullopt;
  if (!date) report_expected(at, "a date YYYY-MM-DD");
  return date;
}

std::optional<bool> read_bool(const LocatedNode& at) {
  if (at.is_scalar() && !at.is_quoted()) {
    const std::string& text = at.scalar();
    if (text == "true" || text == "True" || text == "TRUE") return true;
    if (text == "false" || text == "False" || text == "FALSE") return false;
  }
  report_expected(at, "true or false");
  return std::nullopt;
}

std::vector<LocatedNode> sequence_elements(const LocatedNode& at, std::string_view expected) {
  std::vector<LocatedNode> elements;
  if (at.is_null()) return elements;
  if (!at.is_sequence()) {
    report_expected(at, expected);
    return elements;
  }
  std::size_t index = 0;
  for (const YAML::Node& element : at.node()) elements.push_back(at.element(element, index++));
  return elements;
}

}  // namespace faultline::io
