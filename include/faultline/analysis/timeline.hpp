#pragma once
// Applying events: the deterministic state of a scenario at a date. Every effect's meaning (delta or set, and
// the ranges values are kept in) is defined here once, for the alignment analysis and the stress engine
// alike.

#include "faultline/analysis/lanes.hpp"

#include "faultline/model/scenario.hpp"

namespace faultline {

// `F` is double, or float or a vector of floats when the stress engine steps one run or a batch (lanes.hpp).
template <class F>
[[nodiscard, gnu::always_inline]] inline F clamp_position(F x) noexcept {
  return lanes::clamp(x, -1.0, 1.0);
}
template <class F>
[[nodiscard, gnu::always_inline]] inline F clamp_salience(F s) noexcept {
  return lanes::clamp_unit(s);
}
template <class F>
[[nodiscard, gnu::always_inline]] inline F clamp_sign(F r) noexcept {
  return lanes::clamp(r, -1.0, 1.0);
}
template <class F>
[[nodiscard, gnu::always_inline]] inline F clamp_flow(F v) noexcept {
  return v < lanes::Scalar<F>{0} ? F{} : v;
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
