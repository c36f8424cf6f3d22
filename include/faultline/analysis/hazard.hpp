#pragma once
// The exit hazard of a tie side (DESIGN.md §3, docs/model.md "Stress"), written once for the reference path
// (one run, doubles) and the batched engine (lanes of runs): λ = λ0 · exp((threshold − W) / τ) per year, with
// τ falling linearly from `tau_calm` to `tau_volatile` as the side's volatility goes from 0 to 1.

#include <type_traits>

#include "faultline/analysis/dynamics_options.hpp"
#include "faultline/analysis/lanes.hpp"

namespace faultline::hazard {

// The exponent is capped so that a side far below its threshold leaves within the step (P → 1) without the
// rate overflowing; below `min_exponent` the rate (under λ0 · 6e-6 per year) counts as zero, which spares the
// exponential for the many sides far above their thresholds.
inline constexpr double max_exponent = 50.0;
inline constexpr double min_exponent = -12.0;

// 1 / τ for a side of volatility `volatility`: computed once per run, since volatility never changes.
template <class F>
[[gnu::always_inline]] inline F inverse_tau(const DynamicsOptions& dynamics, F volatility) noexcept {
  using S = lanes::Scalar<F>;
  const auto calm = static_cast<S>(dynamics.tau_calm);
  const auto range = static_cast<S>(dynamics.tau_calm - dynamics.tau_volatile);
  return S{1} / (calm - range * volatility);
}

// The clamped exponent (threshold − W) / τ, and the rate it gives: λ0 · e^exponent, or 0 below min_exponent.
template <class F>
[[gnu::always_inline]] inline F exponent(F worth, F threshold, F inverse_tau) noexcept {
  using S = lanes::Scalar<F>;
  return lanes::clamp((threshold - worth) * inverse_tau, static_cast<S>(min_exponent - 1.0),
                      static_cast<S>(max_exponent));
}
template <class F>
[[gnu::always_inline]] inline F rate_from(const DynamicsOptions& dynamics, F exponent,
                                          F exponential) noexcept {
  using S = lanes::Scalar<F>;
  return exponent < static_cast<S>(min_exponent) ? F{} : static_cast<S>(dynamics.base_hazard) * exponential;
}

// λ per year of a side with worth `worth` against `threshold`.
template <class F>
[[gnu::always_inline]] inline F exit_rate(const DynamicsOptions& dynamics, F worth, F threshold,
                                          F inverse_tau) noexcept {
  const F power = exponent(worth, threshold, inverse_tau);
  if constexpr (std::is_arithmetic_v<F>) {
    if (power < static_cast<F>(min_exponent)) return F{};  // spare the exponential
  }
  return rate_from(dynamics, power, lanes::exp(power));
}

}  // namespace faultline::hazard
