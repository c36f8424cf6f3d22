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
  return salience * (1.0 - lanes::magnitude(own - other));
}
template <class F>
[[gnu::always_inline]] inline F divergence_term(F salience, F own, F other) noexcept {
  return salience * lanes::magnitude(own - other);
}
// Agreement from its two sums, Σ s (1 − |x − y|) and Σ s: 0 when there is no salience at all.
template <class F>
[[gnu::always_inline]] inline F agreement_ratio(F weighted, F total_salience) noexcept {
  const F ratio = weighted / (total_salience > 0.0 ? total_salience : F{} + 1.0);
  return total_salience > 0.0 ? ratio : F{};
}

// Salience-weighted agreement Σ s (1 − |x − y|) / Σ s, in [-1, 1]; 0 when no salience at all.
// `own_salience[i]` weighs topic i; `own[i]` and `other[i]` are the two positions on it.
[[nodiscard]] double agreement(std::span<const double> own_salience, std::span<const double> own,
                               std::span<const double> other) noexcept;

// Salience-weighted divergence Σ s |x − y|: what disagreement on concrete issues costs a side.
[[nodiscard]] double divergence(std::span<const double> own_salience, std::span<const double> own,
                                std::span<const double> other) noexcept;

// (cap_self − cap_partner) / (cap_self + cap_partner); 0 when both are 0.
[[nodiscard]] double power_asymmetry(double capability_self, double capability_partner) noexcept;

// Common threat: the capability of the enemies both sides share, relative to the pair's own capability,
//   min(1, Σ_c cap_c · min(hostility of a to c, hostility of b to c) / (cap_a + cap_b)),
// with hostility = max(0, −relation sign). Friends of either side do not dilute it; an enemy as strong as the
// pair together is a full common threat. 0 when the pair has no capability.
[[nodiscard]] double common_threat(double pair_capability, std::span<const double> third_capability,
                                   std::span<const double> sign_a, std::span<const double> sign_b) noexcept;

// The signed terms of worth; `total()` is W = α·VA + EX + β·CT + δ·max(0, −PA) − γ·issue divergence.
struct Terms {
  double values = 0.0;
  double exchange = 0.0;
  double threat = 0.0;
  double power = 0.0;
  double issue_cost = 0.0;  // subtracted

  [[nodiscard]] double total() const noexcept { return values + exchange + threat + power - issue_cost; }
};

[[nodiscard]] Terms terms(const AlignmentOptions& options, double value_agreement, double exchange,
                          double common_threat, double power_asymmetry, double issue_divergence) noexcept;

}  // namespace faultline::worth
