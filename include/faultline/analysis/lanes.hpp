#pragma once
// Arithmetic written once for one run and for a batch of runs. The stress engine's reference path works on
// `double` and `std::uint64_t`; the batched engine (batch_dynamics.cpp) on GCC/Clang vectors of both, one
// lane per run. Templates over a number type `F` use only what both support — + − × ÷, comparisons, `c ? x :
// y`, shifts and bit operations — and `std::bit_cast` through the traits below, so one formula yields the
// same bits in every lane as in the scalar path (no fused multiply-add: the project never enables
// contraction).

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <type_traits>

namespace faultline::lanes {

// The unsigned type with the bit pattern of `F` (the batched engine specialises both for its vectors).
template <class F>
struct BitsOf {
  using type = std::uint64_t;
};
// The floating type whose bit pattern `Bits` holds.
template <class Bits>
struct NumberOf {
  using type = double;
};

template <class F>
using Bits = typename BitsOf<F>::type;
template <class B>
using Number = typename NumberOf<B>::type;

// Whether any lane of a comparison holds (a scalar comparison is its own answer): the lanes OR-folded in
// halves, a few vector instructions where a lane-by-lane loop would move every lane out of the register.
template <class Mask>
[[gnu::always_inline]] inline bool any(Mask mask) noexcept {
  if constexpr (std::is_same_v<Mask, bool>) {
    return mask;
  } else {
    static_assert(sizeof(Mask) / sizeof(mask[0]) == 8, "folds eight lanes");
    mask |= __builtin_shufflevector(mask, mask, 4, 5, 6, 7, 0, 1, 2, 3);
    mask |= __builtin_shufflevector(mask, mask, 2, 3, 0, 1, 6, 7, 4, 5);
    mask |= __builtin_shufflevector(mask, mask, 1, 0, 3, 2, 5, 4, 7, 6);
    return mask[0] != 0;
  }
}

// |x| by clearing the sign bit: exactly std::abs for doubles, and branch-free for vectors.
template <class F>
[[gnu::always_inline]] inline F magnitude(F x) noexcept {
  return std::bit_cast<F>(std::bit_cast<Bits<F>>(x) & 0x7fffffffffffffffULL);
}

// std::clamp(x, low, high) for scalars and lanes alike.
template <class F>
[[gnu::always_inline]] inline F clamp(F x, double low, double high) noexcept {
  const F below = x < low ? F{} + low : x;
  return high < below ? F{} + high : below;
}

template <class F>
[[gnu::always_inline]] inline F minimum(F x, double bound) noexcept {
  return bound < x ? F{} + bound : x;
}

// e^x for x in [−700, 700], for `count` values at once: x = n·ln 2 + r with |r| ≤ ln 2 / 2, e^r by its Taylor
// series to r^11 (relative error below 1e-14), and 2^n built in the exponent bits. Deterministic and
// vectorisable where std::exp is neither across lanes. Each Horner step runs over all values before the next,
// so independent values fill the pipeline instead of waiting on one chain of dependent multiply-adds.
template <class F, std::size_t N>
[[gnu::always_inline]] inline void exp_many(std::array<F, N>& x, std::size_t count) noexcept {
  constexpr double log2e = 1.4426950408889634;
  constexpr double ln2_high = 6.93147180369123816490e-01;  // fdlibm's split of ln 2: n · ln2_high is exact
  constexpr double ln2_low = 1.90821492927058770002e-10;
  constexpr double round_magic = 0x1.8p52;  // adding it rounds to an integer held in the low mantissa bits
  constexpr std::array<double, 12> taylor{
      1.0 / 39916800.0, 1.0 / 3628800.0, 1.0 / 362880.0, 1.0 / 40320.0, 1.0 / 5040.0, 1.0 / 720.0,
      1.0 / 120.0,      1.0 / 24.0,      1.0 / 6.0,      0.5,           1.0,          1.0};
  std::array<F, N> shifted;
  std::array<F, N> reduced;
  for (std::size_t k = 0; k < count; ++k) {
    shifted[k] = x[k] * log2e + round_magic;
    const F n = shifted[k] - round_magic;
    reduced[k] = (x[k] - n * ln2_high) - n * ln2_low;
    x[k] = F{} + taylor[0];
  }
  for (std::size_t c = 1; c < taylor.size(); ++c) {
    for (std::size_t k = 0; k < count; ++k) x[k] = x[k] * reduced[k] + taylor[c];
  }
  for (std::size_t k = 0; k < count; ++k) {
    // The integer n sits in the low bits of `shifted` (offset by the magic's own mantissa, 2^51).
    const Bits<F> exponent = (std::bit_cast<Bits<F>>(shifted[k]) - 0x4338000000000000ULL + 1023U) << 52U;
    x[k] = x[k] * std::bit_cast<F>(exponent);
  }
}

template <class F>
[[gnu::always_inline]] inline F exp(F x) noexcept {
  std::array<F, 1> value{x};
  exp_many(value, 1);
  return value[0];
}

// Below this x, 1 − e^(−x) comes from its Taylor polynomial (relative error under 1e-9), above it from the
// exponential, where 1 − e^(−x) no longer cancels.
inline constexpr double taylor_limit = 0.05;

// 1 − e^(−x) for `count` values x ≥ 0 at once, interleaved as exp_many is. `may_exceed_limit` false promises
// every x < taylor_limit (a rate times the step that cannot reach it), which spares the check.
template <class F, std::size_t N>
[[gnu::always_inline]] inline void one_minus_exp_minus_many(std::array<F, N>& x, std::size_t count,
                                                            bool may_exceed_limit = true) noexcept {
  std::array<F, N> small;
  for (std::size_t k = 0; k < count; ++k) small[k] = 1.0 / 24.0 - x[k] * (1.0 / 120.0);
  for (const double c : {1.0 / 6.0, 0.5, 1.0}) {
    for (std::size_t k = 0; k < count; ++k) small[k] = c - x[k] * small[k];
  }
  bool large = false;
  for (std::size_t k = 0; may_exceed_limit && k < count; ++k)
    large = large || lanes::any(x[k] >= taylor_limit);
  if (large) {
    std::array<F, N> exponential;
    for (std::size_t k = 0; k < count; ++k) exponential[k] = -minimum(x[k], 700.0);
    exp_many(exponential, count);
    for (std::size_t k = 0; k < count; ++k) {
      const F beyond = 1.0 - exponential[k];
      x[k] = x[k] < taylor_limit ? x[k] * small[k] : beyond;
    }
    return;
  }
  for (std::size_t k = 0; k < count; ++k) x[k] = x[k] * small[k];
}

template <class F>
[[gnu::always_inline]] inline F one_minus_exp_minus(F x) noexcept {
  std::array<F, 1> value{x};
  one_minus_exp_minus_many(value, 1);
  return value[0];
}

}  // namespace faultline::lanes
