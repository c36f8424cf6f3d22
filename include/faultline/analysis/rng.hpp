#pragma once
// The stress engine's random numbers. Every Monte-Carlo run draws from its own stream, derived from
// (seed, run index) alone, so any split of the runs over threads, batches or (later) machines gives identical
// results. The generator is xoshiro256++ (Blackman and Vigna): four 64-bit words of state, only adds, shifts,
// rotations and xors, so a batch of runs steps its lanes together in vector registers; SplitMix64 seeds it.
// The conversions from bits to numbers are templates so that the batched engine shares them (lanes.hpp).

#include <array>
#include <cstdint>

#include "faultline/analysis/lanes.hpp"

namespace faultline {

// The SplitMix64 finaliser: a bijective 64-bit mix.
[[nodiscard]] constexpr std::uint64_t mix64(std::uint64_t z) noexcept {
  z = (z ^ (z >> 30U)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27U)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31U);
}

// xoshiro256++ over `Bits`: one stream for std::uint64_t, one per lane for a vector of them.
template <class Bits>
struct Xoshiro256 {
  std::array<Bits, 4> s;

  [[gnu::always_inline]] static Bits rotate_left(Bits x, unsigned k) noexcept {
    return (x << k) | (x >> (64U - k));
  }
  [[gnu::always_inline]] Bits next() noexcept {
    const Bits result = rotate_left(s[0] + s[3], 23U) + s[0];
    const Bits t = s[1] << 17U;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotate_left(s[3], 45U);
    return result;
  }
};

// Uniform in [0, 1): the top 52 bits become the mantissa of a number in [1, 2), less 1.
template <class Bits>
[[gnu::always_inline]] inline lanes::Number<Bits> uniform_from_bits(Bits bits) noexcept {
  return std::bit_cast<lanes::Number<Bits>>((bits >> 12U) | 0x3ff0000000000000ULL) - 1.0;
}

// Standard normal, approximated by the Irwin–Hall sum of four 16-bit uniforms rescaled to unit variance: one
// 64-bit draw and no transcendental function, bounded at ±3.46 sd. Input sampling needs speed more than exact
// tails; docs/model.md says so.
template <class Bits>
[[gnu::always_inline]] inline lanes::Number<Bits> normal_from_bits(Bits bits) noexcept {
  const Bits sum = (bits & 0xffffU) + ((bits >> 16U) & 0xffffU) + ((bits >> 32U) & 0xffffU) + (bits >> 48U);
  // The sum (under 2^18) placed in the mantissa of 2^52 and 2^52 taken away: exact.
  const auto value = std::bit_cast<lanes::Number<Bits>>(sum | 0x4330000000000000ULL) - 0x1p52;
  constexpr double mean = 4 * 32767.5;
  constexpr double scale = 1.7320508075688772 / 65536.0;  // sqrt(12 / 4) per unit uniform
  return (value - mean) * scale;
}

// +magnitude or −magnitude as bit `bit` of `bits` is 0 or 1: one random bit per step of a random walk.
template <class Bits>
[[gnu::always_inline]] inline lanes::Number<Bits> signed_step(double magnitude, Bits bits,
                                                              unsigned bit) noexcept {
  using Number = lanes::Number<Bits>;
  const Bits sign = (bits >> bit) << 63U;
  return std::bit_cast<Number>(std::bit_cast<Bits>(Number{} + magnitude) ^ sign);
}

// The stream of one run.
class RunRng {
 public:
  // The stream of run `run` under `seed`: hashing both keeps neighbouring runs' streams unrelated.
  constexpr RunRng(std::uint64_t seed, std::uint64_t run) noexcept {
    std::uint64_t z = mix64(mix64(seed + 0x9e3779b97f4a7c15ULL) ^ (run * 0xd1b54a32d192ed03ULL));
    for (std::uint64_t& word : generator_.s) {
      z += 0x9e3779b97f4a7c15ULL;
      word = mix64(z);
    }
  }
  // The generator's state: the batched engine seeds each lane with its run's.
  [[nodiscard]] constexpr const std::array<std::uint64_t, 4>& state() const noexcept { return generator_.s; }

  std::uint64_t next() noexcept { return generator_.next(); }
  double uniform() noexcept { return uniform_from_bits(next()); }
  double normal() noexcept { return normal_from_bits(next()); }

 private:
  Xoshiro256<std::uint64_t> generator_{};
};

}  // namespace faultline
