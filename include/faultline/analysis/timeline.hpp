#pragma once
// Applying events: the deterministic state of a scenario at a date. Every effect's meaning (delta or set, and
// the ranges values are kept in) is defined here once, for the alignment analysis and the stress engine
// alike.

#include <algorithm>

#include "faultline/model/scenario.hpp"

namespace faultline {

[[nodiscard]] constexpr double clamp_position(double x) noexcept {
  return std::clamp(x, -1.0, 1.0);
}
[[nodiscard]] constexpr double clamp_salience(double s) noexcept {
  return std::clamp(s, 0.0, 1.0);
}
[[nodiscard]] constexpr double clamp_sign(double r) noexcept {
  return std::clamp(r, -1.0, 1.0);
}
[[nodiscard]] constexpr double clamp_flow(double v) noexcept {
  return std::max(v, 0.0);
}

// Applies one effect to `scenario` at date `at` (the date matters only for ending a tie). Throws
// faultline::Error when the effect names something the scenario does not have (the reader rejects such files
// first).
void apply_effect(Scenario& scenario, const Effect& effect, Date at);

// The scenario with every event dated on or before `as_of` applied, in date order (file order for equal
// dates). The result holds no events: the applied ones are part of its state, and later ones were not known
// at `as_of`.
[[nodiscard]] Scenario state_as_of(const Scenario& scenario, Date as_of);

}  // namespace faultline
