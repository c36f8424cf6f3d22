#include "faultline/analysis/worth.hpp"

#include <cstddef>

namespace faultline::worth {

namespace {

// The common threat's loop, for both precisions.
template <class T>
T common_threat_over(T pair_capability, std::span<const T> third_capability, std::span<const T> sign_a,
                     std::span<const T> sign_b) noexcept {
  T shared{};
  for (std::size_t c = 0; c < third_capability.size(); ++c)
    shared += shared_enemy_term(third_capability[c], sign_a[c], sign_b[c]);
  return threat_share(shared, pair_capability);
}

}  // namespace

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
  return common_threat_over(pair_capability, third_capability, sign_a, sign_b);
}
float common_threat(float pair_capability, std::span<const float> third_capability,
                    std::span<const float> sign_a, std::span<const float> sign_b) noexcept {
  return common_threat_over(pair_capability, third_capability, sign_a, sign_b);
}

}  // namespace faultline::worth
