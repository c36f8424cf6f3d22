#include "faultline/analysis/worth.hpp"

#include <cstddef>

namespace faultline::worth {

namespace {

// One loop per kernel for both precisions.
template <class T>
T agreement_over(std::span<const T> own_salience, std::span<const T> own, std::span<const T> other) noexcept {
  T weighted{};
  T total_salience{};
  for (std::size_t i = 0; i < own_salience.size(); ++i) {
    weighted += agreement_term(own_salience[i], own[i], other[i]);
    total_salience += own_salience[i];
  }
  return agreement_ratio(weighted, total_salience);
}

template <class T>
T divergence_over(std::span<const T> own_salience, std::span<const T> own,
                  std::span<const T> other) noexcept {
  T total{};
  for (std::size_t i = 0; i < own_salience.size(); ++i)
    total += divergence_term(own_salience[i], own[i], other[i]);
  return total;
}

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
  return agreement_over(own_salience, own, other);
}
float agreement(std::span<const float> own_salience, std::span<const float> own,
                std::span<const float> other) noexcept {
  return agreement_over(own_salience, own, other);
}

double divergence(std::span<const double> own_salience, std::span<const double> own,
                  std::span<const double> other) noexcept {
  return divergence_over(own_salience, own, other);
}
float divergence(std::span<const float> own_salience, std::span<const float> own,
                 std::span<const float> other) noexcept {
  return divergence_over(own_salience, own, other);
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
