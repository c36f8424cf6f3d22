#pragma once
// Arithmetic written once for one run and for a batch of runs. The stress engine's reference path works on
// `double` and `std::uint64_t`; the batched engine (batch_dynamics.cpp) on GCC/Clang vectors of both, one lane
// per run. Templates over a number type `F` use only what both support — + − × ÷, comparisons, `c ? x : y`,
// shifts and bit operations — and `std::bit_cast` through the traits below, so one formula yields the same
// bits in every lane as in the scalar path (no fused multiply-add: the project never enables contraction).

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

// Whether any lane of a comparison holds (a scalar comparison is its own answer).
template <class Mask>
[[gnu::always_inline]] inline bool any(Mask mask) noexcept {
  if constexpr (std::is_same_v<Mask, bool>) {
    return mask;
  } else {
    bool found = false;
    for (std::size_t i = 0; i < sizeof(Mask) / sizeof(mask[0]); ++i) found = found || mask[i] != 0;
    return found;
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

// e^x for x in [−700, 700]: x = n·ln 2 + r with |r| ≤ ln 2 / 2, e^r by its Taylor series to r^11 (relative
// error below 1e-14), and 2^n built in the exponent bits. Deterministic and vectorisable where std::exp is
// neither across lanes.
template <class F>
[[gnu::always_inline]] inline F exp(F x) noexcept {
  constexpr double log2e = 1.4426950408889634;
  constexpr double ln2_high = 0.6931471805598903;  // ln 2 split so that n · ln2_high is exact
  constexpr double ln2_low = 5.497923018708371e-14;
  constexpr double round_magic = 0x1.8p52;  // adding it rounds to an integer held in the low mantissa bits
  const F shifted = x * log2e + round_magic;
  const F n = shifted - round_magic;
  const F r = (x - n * ln2_high) - n * ln2_low;
  F p = F{} + 1.0 / 39916800.0;
  p = p * r + 1.0 / 3628800.0;
  p = p * r + 1.0 / 362880.0;
  p = p * r + 1.0 / 40320.0;
  p = p * r + 1.0 / 5040.0;
  p = p * r + 1.0 / 720.0;
  p = p * r + 1.0 / 120.0;
  p = p * r + 1.0 / 24.0;
  p = p * r + 1.0 / 6.0;
  p = p * r + 0.5;
  p = p * r + 1.0;
  p = p * r + 1.0;
  // The integer n sits in the low bits of `shifted` (offset by the magic's own mantissa, 2^51).
  const Bits<F> exponent = (std::bit_cast<Bits<F>>(shifted) - 0x4338000000000000ULL + 1023U) << 52U;
  return p * std::bit_cast<F>(exponent);
}

// 1 − e^(−x) for x ≥ 0: a Taylor polynomial where x is small (relative error under 1e-9 for x < 0.05, the
// usual case of a rate times a week), 1 − e^(−x) otherwise, where it does not cancel.
template <class F>
[[gnu::always_inline]] inline F one_minus_exp_minus(F x) noexcept {
  const F small = x * (1.0 - x * (0.5 - x * (1.0 / 6.0 - x * (1.0 / 24.0 - x / 120.0))));
  if (!lanes::any(x >= 0.05)) return small;  // the usual case: spare the exponential
  const F large = 1.0 - lanes::exp(-minimum(x, 700.0));
  return x < 0.05 ? small : large;
}

}  // namespace faultline::lanes
