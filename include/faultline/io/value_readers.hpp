#pragma once
// Readers for the leaves of a scenario: numbers (bare or `{value, sd}`), text, ids, dates, booleans and
// lists. Each returns nullopt after reporting what was expected and what was found, so a caller simply skips
// the field and reading goes on.

#include <array>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "faultline/io/located_node.hpp"
#include "faultline/model/date.hpp"
#include "faultline/model/uncertain.hpp"

namespace faultline::io {

// The closed interval a number must lie in; infinite bounds are open ends.
struct NumberRange {
  double min = -std::numeric_limits<double>::infinity();
  double max = std::numeric_limits<double>::infinity();

  [[nodiscard]] bool contains(double x) const noexcept { return x >= min && x <= max; }
  // "a number in [-1, 1]", "a number >= 0", "a number > 0", "a number".
  [[nodiscard]] std::string describe() const;
};

inline constexpr NumberRange any_number{};
inline constexpr NumberRange position_range{-1.0, 1.0};  // positions, signs
inline constexpr NumberRange unit_range{0.0, 1.0};       // saliences, temperament
inline constexpr NumberRange non_negative{0.0};          // capability, flow value and cost, sd

// A finite number written as a plain scalar (`0.5`, `-1`, `+0.3`, `2e-3`), or nullopt; no reporting.
std::optional<double> parse_number(std::string_view text);

// Whether `text` is a valid id: one or more letters, digits, '_', '-' and '.' (so paths like `actors[musk]`
// stay unambiguous).
bool is_valid_id(std::string_view text);

std::optional<double> read_number(const LocatedNode& at, NumberRange range);
// A bare number (sd = the scenario's default sd) or `{value: x, sd: s}` with s >= 0.
std::optional<Uncertain> read_uncertain(const LocatedNode& at, NumberRange range);
// Any scalar as text (a YAML `123` is the text "123").
std::optional<std::string> read_text(const LocatedNode& at);
// An id (see is_valid_id).
std::optional<std::string> read_id(const LocatedNode& at);
// A strict ISO date, YYYY-MM-DD.
std::optional<Date> read_date(const LocatedNode& at);
std::optional<bool> read_bool(const LocatedNode& at);
// The elements of a list (null: an empty list); reports a non-list as "expected <expected>".
std::vector<LocatedNode> sequence_elements(const LocatedNode& at, std::string_view expected);

}  // namespace faultline::io
