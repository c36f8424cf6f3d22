#include "faultline/io/json_escapes.hpp"

#include <charconv>
#include <cstdio>
#include <optional>

namespace faultline::io {

namespace {

constexpr std::size_t escape_length = 6;  // `\uXXXX`

// The code unit of a `\uXXXX` escape starting at `at`, if there is one.
std::optional<unsigned> unicode_escape_at(std::string_view text, std::size_t at) {
  if (at + escape_length > text.size() || text[at] != '\\' || text[at + 1] != 'u') return std::nullopt;
  unsigned unit = 0;
  const char* first = text.data() + at + 2;
  const auto result = std::from_chars(first, first + 4, unit, 16);
  if (result.ec != std::errc{} || result.ptr != first + 4) return std::nullopt;
  return unit;
}

bool is_high_surrogate(unsigned unit) {
  return unit >= 0xD800 && unit <= 0xDBFF;
}
bool is_low_surrogate(unsigned unit) {
  return unit >= 0xDC00 && unit <= 0xDFFF;
}

}  // namespace

std::string with_yaml_unicode_escapes(std::string_view json) {
  std::string out;
  out.reserve(json.size());
  std::size_t i = 0;
  while (i < json.size()) {
    if (json[i] != '\\' || i + 1 >= json.size()) {
      out += json[i++];
      continue;
    }
    const auto high = unicode_escape_at(json, i);
    const auto low =
        high && is_high_surrogate(*high) ? unicode_escape_at(json, i + escape_length) : std::nullopt;
    if (low && is_low_surrogate(*low)) {
      const unsigned code_point = 0x10000 + ((*high - 0xD800) << 10) + (*low - 0xDC00);
      char escape[16];
      std::snprintf(escape, sizeof escape, "\\U%08X", code_point);
      out += escape;
      i += 2 * escape_length;
      continue;
    }
    // Any other escape (including `\\`, whose second backslash must not start an escape) is copied whole.
    out.append(json.substr(i, 2));
    i += 2;
  }
  return out;
}

}  // namespace faultline::io
