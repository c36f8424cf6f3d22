#include "faultline/analysis/worth.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>

namespace faultline::worth {

double agreement(std::span<const double> own_salience, std::span<const double> own,
                 std::span<const double> other) noexcept {
  double weighted = 0.0;
  double total_salience = 0.0;
  for (std::size_t i = 0; i < own_salience.size(); ++i) {
    weighted += agreement_term(own_salience[i], own[i], other[i]);
    total_salience += own_salience[i];
  }
  return agreement_ratio(weighted, total_salience);
}

double divergence(std::span<const double> own_salience, std::span<const double> own,
                  std::span<const double> other) noexcept {
  double total = 0.0;
  for (std::size_t i = 0; i < own_salience.size(); ++i)
    total += divergence_term(own_salience[i], own[i], other[i]);
  return total;
}

double power_asymmetry(double capability_self, double capability_partner) noexcept {
  const double sum = capability_self + capability_partner;
  return sum > 0.0 ? (capability_self - capability_partner) / sum : 0.0;
}

double common_threat(double pair_capability, std::span<const double> third_capability,
                     std::span<const double> sign_a, std::span<const double> sign_b) noexcept {
  if (pair_capability <= 0.0) return 0.0;
  double shared = 0.0;
  for (std::size_t c = 0; c < third_capability.size(); ++c) {
    shared += third_capability[c] * std::min(std::max(0.0, -sign_a[c]), std::max(0.0, -sign_b[c]));
  }
  return std::min(1.0, shared / pair_capability);
}

Terms terms(const AlignmentOptions& options, double value_agreement, double exchange, double common_threat,
            double power_asymmetry, double issue_divergence) noexcept {
  return Terms{.values = options.values_weight * value_agreement,
               .exchange = exchange,
               .threat = options.threat_weight * common_threat,
               .power = options.power_weight * std::max(0.0, -power_asymmetry),
               .issue_cost = options.issue_weight * issue_divergence};
}

}  // namespace faultline::worth
