#pragma once
// The terms of what a tie is worth to one side (DESIGN.md §3, docs/model.md). These small kernels work on
// flat, aligned arrays so that the alignment analysis and the stress engine compute one model, not two copies
// of it.

#include <span>

#include "faultline/analysis/alignment_options.hpp"
#include "faultline/analysis/lanes.hpp"

namespace faultline::worth {

// One topic's share of the sums below, for one run (doubles) or a batch of runs (lanes.hpp).
template <class F>
[[gnu::always_inline]] inline F agreement_term(F salience, F own, F other) noexcept {
  return salience * (lanes::Scalar<F>{1} - lanes::magnitude(own - other));
}
template <class F>
[[gnu::always_inline]] inline F divergence_term(F salience, F own, F other) noexcept {
  return salience * lanes::magnitude(own - other);
}
// Agreement from its two sums, Σ s (1 − |x − y|) and Σ s: 0 when there is no salience at all.
template <class F>
[[gnu::always_inline]] inline F agreement_ratio(F weighted, F total_salience) noexcept {
  using S = lanes::Scalar<F>;
  const F ratio = weighted / (total_salience > S{0} ? total_salience : F{} + S{1});
  return total_salience > S{0} ? ratio : F{};
}

// max(0, −x): how far x lies below zero (hostility from a relation's sign, weakness from power asymmetry).
template <class F>
[[gnu::always_inline]] inline F negative_part(F x) noexcept {
  return lanes::Scalar<F>{0} < -x ? -x : F{};
}
// One third actor's share of a common threat: its capability times the lesser hostility of the two sides.
template <class F>
[[gnu::always_inline]] inline F shared_enemy_term(F capability, F sign_a, F sign_b) noexcept {
  const F hostility_a = negative_part(sign_a);
  const F hostility_b = negative_part(sign_b);
  return capability * (hostility_b < hostility_a ? hostility_b : hostility_a);
}
// The common threat from its sum over third actors: min(1, shared / pair capability), 0 without capability.
template <class F>
[[gnu::always_inline]] inline F threat_share(F shared, F pair_capability) noexcept {
  using S = lanes::Scalar<F>;
  const F ratio = shared / (pair_capability > S{0} ? pair_capability : F{} + S{1});
  const F capped = ratio < S{1} ? ratio : F{} + S{1};
  return pair_capability > S{0} ? capped : F{};
}
// (cap_self − cap_partner) / (cap_self + cap_partner); 0 when both are 0.
template <class F>
[[gnu::always_inline]] inline F power_asymmetry(F capability_self, F capability_partner) noexcept {
  using S = lanes::Scalar<F>;
  const F sum = capability_self + capability_partner;
  const F ratio = (capability_self - capability_partner) / (sum > S{0} ? sum : F{} + S{1});
  return sum > S{0} ? ratio : F{};
}

// Salience-weighted agreement Σ s (1 − |x − y|) / Σ s, in [-1, 1]; 0 when no salience at all.
// `own_salience[i]` weighs topic i; `own[i]` and `other[i]` are the two positions on it.
[[nodiscard]] double agreement(std::span<const double> own_salience, std::span<const double> own,
                               std::span<const double> other) noexcept;

// Salience-weighted divergence Σ s |x − y|: what disagreement on concrete issues costs a side.
[[nodiscard]] double divergence(std::span<const double> own_salience, std::span<const double> own,
                                std::span<const double> other) noexcept;

// Common threat: the capability of the enemies both sides share, relative to the pair's own capability,
//   min(1, Σ_c cap_c · min(hostility of a to c, hostility of b to c) / (cap_a + cap_b)),
// with hostility = max(0, −relation sign). Friends of either side do not dilute it; an enemy as strong as the
// pair together is a full common threat. 0 when the pair has no capability. In double precision for the
// alignment analysis, in single precision for the stress engine (dynamics.hpp).
[[nodiscard]] double common_threat(double pair_capability, std::span<const double> third_capability,
                                   std::span<const double> sign_a, std::span<const double> sign_b) noexcept;
[[nodiscard]] float common_threat(float pair_capability, std::span<const float> third_capability,
                                  std::span<const float> sign_a, std::span<const float> sign_b) noexcept;

// The signed terms of worth; `total()` is W = α·VA + EX + β·CT + δ·max(0, −PA) − γ·issue divergence. `F` is
// double (the alignment analysis), float (the stress engine's reference path) or a vector of floats (its
// batched engine).
template <class F>
struct BasicTerms {
  F values{};
  F exchange{};
  F threat{};
  F power{};
  F issue_cost{};  // subtracted

  [[nodiscard, gnu::always_inline]] F total() const noexcept {
    return values + exchange + threat + power - issue_cost;
  }
};
using Terms = BasicTerms<double>;

template <class F>
[[nodiscard, gnu::always_inline]] inline BasicTerms<F> terms(const AlignmentOptions& options,
                                                             F value_agreement, F exchange, F common_threat,
                                                             F power_asymmetry, F issue_divergence) noexcept {
  using S = lanes::Scalar<F>;
  return BasicTerms<F>{.values = static_cast<S>(options.values_weight) * value_agreement,
                       .exchange = exchange,
                       .threat = static_cast<S>(options.threat_weight) * common_threat,
                       .power = static_cast<S>(options.power_weight) * negative_part(power_asymmetry),
                       .issue_cost = static_cast<S>(options.issue_weight) * issue_divergence};
}

}  // namespace faultline::worth
