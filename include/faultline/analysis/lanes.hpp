#pragma once
// Arithmetic written once for one run and for a batch of runs. The stress engine's reference path works on
// `float` (dynamics.hpp) and `std::uint64_t`; the batched engine (batch_dynamics.cpp) on GCC/Clang vectors
// of both, one lane per run. Templates over a number type `F` (float or double, or a vector of either) use
// only what both support — + − × ÷, comparisons, `c ? x : y`, shifts and bit operations — and `std::bit_cast`
// through the traits below, so one formula yields the same bits in every lane as in the scalar path (no fused
// multiply-add: the project never enables contraction). Constants are converted to the element type
// `Scalar<F>` before they meet `F`: a double constant would otherwise promote a scalar float's arithmetic to
// double, which a float lane does not do (`-Wdouble-promotion` guards this).

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <type_traits>
#include <utility>

namespace faultline::lanes {

// The element type of `F`: F itself for a scalar, the lane type for a vector.
template <class F, class = void>
struct ScalarOf {
  using type = F;
};
template <class F>
struct ScalarOf<F, std::void_t<decltype(std::declval<F&>()[0])>> {
  using type = std::remove_cvref_t<decltype(std::declval<F&>()[0])>;
};
template <class F>
using Scalar = typename ScalarOf<F>::type;

// A GCC/Clang vector of `lanes` values of type T.
template <class T, std::size_t lanes>
struct VectorOf {
  typedef T type __attribute__((vector_size(lanes * sizeof(T))));
};

// T for a scalar `F`, a vector of T with as many lanes as `F` has for a vector.
template <class T, class F, bool = std::is_arithmetic_v<F>>
struct LikeOf {
  using type = T;
};
template <class T, class F>
struct LikeOf<T, F, false> {
  using type = typename VectorOf<T, sizeof(F) / sizeof(Scalar<F>)>::type;
};
template <class T, class F>
using Like = typename LikeOf<T, F>::type;

// The unsigned type with the bit pattern of `F`, and the floating type whose bit pattern `Bits` holds.
template <class F>
using Bits = Like<std::conditional_t<sizeof(Scalar<F>) == 4, std::uint32_t, std::uint64_t>, F>;
template <class B>
using Number = Like<std::conditional_t<sizeof(Scalar<B>) == 4, float, double>, B>;

// The single-precision types that go with 64-bit random words `Words`: float, std::uint32_t and std::int32_t
// for one word, vectors of as many lanes for a vector of words.
template <class Words>
struct SinglesOf {
  using real = Like<float, Words>;
  using word = Like<std::uint32_t, Words>;
  using integer = Like<std::int32_t, Words>;
};

// A value converted lane by lane (static_cast for scalars): integers to floating point, or wider integers to
// narrower ones, which keep their low bits.
template <class To, class From>
[[gnu::always_inline]] inline To convert(From x) noexcept {
  if constexpr (std::is_arithmetic_v<From>) {
    return static_cast<To>(x);
  } else {
    return __builtin_convertvector(x, To);
  }
}

// A vector of the type of `V` with half its lanes.
template <class V>
using HalfOf = typename VectorOf<Scalar<V>, sizeof(V) / sizeof(Scalar<V>) / 2>::type;

// Two vectors of half the lanes joined into one, `low` first.
template <class H>
[[gnu::always_inline]] inline auto join(H low, H high) noexcept {
  constexpr std::size_t lanes = 2 * sizeof(H) / sizeof(Scalar<H>);
  return [&]<std::size_t... I>(std::index_sequence<I...>) {
    return __builtin_shufflevector(low, high, I...);
  }
  (std::make_index_sequence<lanes>{});
}

// Whether any lane of a comparison holds (a scalar comparison is its own answer): the lanes OR-folded in
// halves, a few vector instructions where a lane-by-lane loop would move every lane out of the register.
template <class Mask>
[[gnu::always_inline]] inline bool any(Mask mask) noexcept {
  if constexpr (std::is_same_v<Mask, bool>) {
    return mask;
  } else {
    constexpr std::size_t count = sizeof(Mask) / sizeof(mask[0]);
    static_assert(count == 4 || count == 8 || count == 16, "folds four, eight or sixteen lanes");
    if constexpr (count == 16) {
      // Narrowed to one byte per lane and tested as two words: with AVX-512 that is a mask-to-vector move, a
      // narrowing and two word moves, where folding the halves takes eight shuffles and ORs.
      using Bytes = typename VectorOf<std::int8_t, 16>::type;
      const auto bytes = __builtin_convertvector(mask, Bytes);
      std::array<std::uint64_t, 2> words{};
      std::memcpy(words.data(), &bytes, sizeof(words));
      return (words[0] | words[1]) != 0;
    } else if constexpr (count == 8) {
      mask |= __builtin_shufflevector(mask, mask, 4, 5, 6, 7, 0, 1, 2, 3);
      mask |= __builtin_shufflevector(mask, mask, 2, 3, 0, 1, 6, 7, 4, 5);
      mask |= __builtin_shufflevector(mask, mask, 1, 0, 3, 2, 5, 4, 7, 6);
      return mask[0] != 0;
    } else {
      mask |= __builtin_shufflevector(mask, mask, 2, 3, 0, 1);
      mask |= __builtin_shufflevector(mask, mask, 1, 0, 3, 2);
      return mask[0] != 0;
    }
  }
}

// `value`, kept apart from the selects that use it. GCC 12 merges two selects, one feeding the other, into
// one select on the AND of both comparisons, and for AVX-512 takes such a combined mask apart lane by lane
// (sixteen scalar compares; so it does with comparisons joined by & or |). An empty asm that may change the
// value in memory stops the merge for the cost of a store and a load.
template <class F>
[[gnu::always_inline]] inline F apart(F value) noexcept {
  asm("" : "+m"(value));
  return value;
}

// |x| by clearing the sign bit: exactly std::abs for scalars, and branch-free for vectors.
template <class F>
[[gnu::always_inline]] inline F magnitude(F x) noexcept {
  using Word = Scalar<Bits<F>>;
  constexpr Word sign = Word{1} << (8 * sizeof(Word) - 1);
  return std::bit_cast<F>(std::bit_cast<Bits<F>>(x) & static_cast<Word>(~sign));
}

// std::clamp(x, low, high) for scalars and lanes alike (a NaN comes out as `low`). Written as `x > bound ?
// x : bound` between two vectors, the form GCC can compile to one max or min instruction; inside loops GCC 12
// still often emits a compare and a masked move (clamp_unit below avoids that for [0, 1]).
template <class F>
[[gnu::always_inline]] inline F clamp(F x, Scalar<F> low, Scalar<F> high) noexcept {
  const F floor = F{} + low;
  const F ceiling = F{} + high;
  const F above = x > floor ? x : floor;
  return above < ceiling ? above : ceiling;
}

// clamp(x, 0, 1). For lanes, the signed-integer max and min of the bit patterns: for x ≥ 0 they order as the
// numbers do, and every negative x (−0 too) has a negative pattern, so the result is clamp's for every x but
// NaN, in two integer instructions where GCC turns a float clamp into two compares and two masked moves.
template <class F>
[[gnu::always_inline]] inline F clamp_unit(F x) noexcept {
  if constexpr (std::is_arithmetic_v<F>) {
    return clamp(x, Scalar<F>{0}, Scalar<F>{1});
  } else {
    using Signed = Like<std::make_signed_t<Scalar<Bits<F>>>, F>;
    const Signed zero{};
    const Signed one = zero + std::bit_cast<Scalar<Signed>>(Scalar<F>{1});
    const Signed bits = std::bit_cast<Signed>(x);
    const Signed above = bits > zero ? bits : zero;
    return std::bit_cast<F>(above > one ? one : above);
  }
}

template <class F>
[[gnu::always_inline]] inline F minimum(F x, Scalar<F> bound) noexcept {
  const F ceiling = F{} + bound;
  return x < ceiling ? x : ceiling;
}

// The constants of exp_many for each precision: the split of ln 2 (n · high is exact for every n in range),
// the constant whose addition rounds to an integer held in the low mantissa bits, the exponent bias, and the
// Taylor coefficients of e^r, highest power first, to the degree that reaches the precision over |r| ≤ ln
// 2/2.
template <class S>
struct ExpConstants;
template <>
struct ExpConstants<double> {
  static constexpr double log2e = 1.4426950408889634;
  static constexpr double ln2_high = 6.93147180369123816490e-01;  // fdlibm's split
  static constexpr double ln2_low = 1.90821492927058770002e-10;
  static constexpr double round_magic = 0x1.8p52;
  static constexpr int mantissa_bits = 52;
  static constexpr std::uint64_t bias = 1023;
  static constexpr double largest = 700.0;  // the largest |x| in range
  static constexpr std::array<double, 12> taylor{
      1.0 / 39916800.0, 1.0 / 3628800.0, 1.0 / 362880.0, 1.0 / 40320.0, 1.0 / 5040.0, 1.0 / 720.0,
      1.0 / 120.0,      1.0 / 24.0,      1.0 / 6.0,      0.5,           1.0,          1.0};
};
template <>
struct ExpConstants<float> {
  static constexpr float log2e = 1.44269504F;
  static constexpr float ln2_high = 0.693359375F;  // Cody and Waite's split for single precision
  static constexpr float ln2_low = -2.12194440e-4F;
  static constexpr float round_magic = 0x1.8p23F;
  static constexpr int mantissa_bits = 23;
  static constexpr std::uint32_t bias = 127;
  static constexpr float largest = 80.0F;
  static constexpr std::array<float, 8> taylor{1.0F / 5040.0F, 1.0F / 720.0F, 1.0F / 120.0F, 1.0F / 24.0F,
                                               1.0F / 6.0F,    0.5F,          1.0F,          1.0F};
};

// Σ terms[i] · power^i by Estrin's scheme: pairs a + b·x, then pairs of those with x², and so on. Its chain
// of dependent operations grows with the logarithm of the degree where Horner's grows with the degree itself:
// the stress engine waits on its exponentials' chains more than on their operations (docs/stress.md §7).
template <std::size_t N, class F>
[[gnu::always_inline]] inline F estrin(const std::array<F, N>& terms, F power) noexcept {
  if constexpr (N == 1) {
    return terms[0];
  } else {
    std::array<F, (N + 1) / 2> pairs;
    for (std::size_t j = 0; j < N / 2; ++j) pairs[j] = terms[2 * j] + terms[2 * j + 1] * power;
    if constexpr (N % 2 == 1) pairs[N / 2] = terms[N - 1];
    return estrin(pairs, power * power);
  }
}

// The polynomial with `coefficients` (highest power first) at x.
template <class F, std::size_t N>
[[gnu::always_inline]] inline F polynomial(F x, const std::array<Scalar<F>, N>& coefficients) noexcept {
  std::array<F, N> terms;  // lowest power first
  for (std::size_t i = 0; i < N; ++i) terms[i] = F{} + coefficients[N - 1 - i];
  return estrin(terms, x);
}

// e^x for |x| ≤ 700 (doubles; relative error under 1e-14) or ≤ 80 (floats; under 4e-7): x = n·ln 2 + r with
// |r| ≤ ln 2 / 2, e^r by its Taylor series, and 2^n built in the exponent bits. Deterministic and
// vectorisable where std::exp is neither across lanes.
template <class F>
[[gnu::always_inline]] inline F exp(F x) noexcept {
  using S = Scalar<F>;
  using Word = Scalar<Bits<F>>;
  using C = ExpConstants<S>;
  const F shifted = x * C::log2e + C::round_magic;
  const F n = shifted - C::round_magic;
  const F reduced = (x - n * C::ln2_high) - n * C::ln2_low;
  // The integer n sits in the low bits of `shifted`, offset by the magic's own mantissa.
  constexpr Word magic_bits = std::bit_cast<Word>(C::round_magic);
  const Bits<F> exponent = (std::bit_cast<Bits<F>>(shifted) - magic_bits + static_cast<Word>(C::bias))
                           << static_cast<Word>(C::mantissa_bits);
  return polynomial(reduced, C::taylor) * std::bit_cast<F>(exponent);
}

// e^x for the first `count` values of `x`, in place. Each value is one exponential of its own, held in
// registers: the values are independent, and the processor overlaps them (arrays indexed by a runtime count
// would keep every intermediate in memory).
template <class F, std::size_t N>
[[gnu::always_inline]] inline void exp_many(std::array<F, N>& x, std::size_t count) noexcept {
  for (std::size_t k = 0; k < count; ++k) x[k] = exp(x[k]);
}

// ln x in single precision for a normal x > 0 (within 4e-7 of libm's; a test holds it), for one float and
// for lanes alike, so that both stress paths draw the same exit levels bit for bit where a per-lane logf
// would be a call per lane. x = 2^k · z with z in [√½, √2), found from the bit pattern; ln z = 2 atanh(s)
// with s = (z − 1)/(z + 1), |s| ≤ 0.172, to s^9; k · ln 2 is added in two parts so that its rounding stays
// small.
template <class F>
[[gnu::always_inline]] inline F log(F x) noexcept {
  static_assert(std::is_same_v<Scalar<F>, float>, "single precision only");
  using Word = Like<std::int32_t, F>;
  constexpr std::int32_t sqrt_half = 0x3f3504f3;  // the bit pattern of √½
  const Word bits = std::bit_cast<Word>(x);
  const Word k = (bits - sqrt_half) >> 23;  // arithmetic: −1 for the patterns below √½
  const F z = std::bit_cast<F>(bits - (k << 23));
  const F f = z - 1.0F;  // exact: z is within a factor 2 of 1
  const F s = f / (f + 2.0F);
  const F s2 = s * s;
  const F odd = s2 * (2.0F / 3.0F + s2 * (2.0F / 5.0F + s2 * (2.0F / 7.0F + s2 * (2.0F / 9.0F))));
  const F scale = convert<F>(k);
  constexpr float ln2_high = 0.693145751953125F;  // 11 bits: k · ln2_high is exact for |k| < 2^12
  constexpr float ln2_low = 1.428606820309417e-06F;
  return scale * ln2_high + ((s + s) + (s * odd + scale * ln2_low));
}

// Below this x, 1 − e^(−x) comes from its Taylor polynomial to x^5 (relative error under 5e-10, far below
// single precision), above it from the exponential, where 1 − e^(−x) no longer cancels.
inline constexpr double taylor_limit = 0.05;

// 1 − e^(−x) for x ≥ 0. `may_exceed_limit` false promises x < taylor_limit (a rate times the step that cannot
// reach it), which spares the check.
template <class F>
[[gnu::always_inline]] inline F one_minus_exp_minus(F x, bool may_exceed_limit = true) noexcept {
  using S = Scalar<F>;
  constexpr S limit = static_cast<S>(taylor_limit);
  // (1 − e^(−x)) / x = 1 − x/2 + x²/6 − x³/24 + x⁴/120 − …
  constexpr std::array<S, 5> series{S{1} / S{120}, -S{1} / S{24}, S{1} / S{6}, -S{1} / S{2}, S{1}};
  const F near_zero = x * polynomial(x, series);
  if (!may_exceed_limit || !lanes::any(x >= limit)) return near_zero;
  const F beyond = S{1} - exp(-minimum(x, ExpConstants<S>::largest));
  return x < limit ? near_zero : beyond;
}

// The same for the first `count` values of `x`, in place, each held in registers (exp_many).
template <class F, std::size_t N>
[[gnu::always_inline]] inline void one_minus_exp_minus_many(std::array<F, N>& x, std::size_t count,
                                                            bool may_exceed_limit = true) noexcept {
  for (std::size_t k = 0; k < count; ++k) x[k] = one_minus_exp_minus(x[k], may_exceed_limit);
}

}  // namespace faultline::lanes
