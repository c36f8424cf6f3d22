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

double common_threat(double pair_capability, std::span<const double> third_capability,
                     std::span<const double> sign_a, std::span<const double> sign_b) noexcept {
  double shared = 0.0;
  for (std::size_t c = 0; c < third_capability.size(); ++c)
    shared += shared_enemy_term(third_capability[c], sign_a[c], sign_b[c]);
  return threat_share(shared, pair_capability);
}

}  // namespace faultline::worth
