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

// The stress engine computes in single precision (dynamics.hpp): `Real<Words>` is a float for one 64-bit
// draw, a vector of floats for a vector of draws, one lane each.
template <class Words>
using Real = typename lanes::SinglesOf<Words>::real;

// Uniform in [0, 1): the top 24 bits of a draw, a whole number below 2^24 that a float holds exactly, times
// 2^−24.
template <class Words>
[[gnu::always_inline]] inline Real<Words> uniform_from_bits(Words bits) noexcept {
  using Singles = lanes::SinglesOf<Words>;
  const auto top = lanes::convert<typename Singles::integer>(bits >> 40U);
  return lanes::convert<Real<Words>>(top) * 0x1p-24F;
}

// Standard normal, approximated by the Irwin–Hall sum of four 16-bit uniforms rescaled to unit variance: one
// 64-bit draw and no transcendental function, bounded at ±3.46 sd. Input sampling needs speed more than exact
// tails; docs/model.md says so.
template <class Words>
[[gnu::always_inline]] inline Real<Words> normal_from_bits(Words bits) noexcept {
  using Singles = lanes::SinglesOf<Words>;
  const Words sum = (bits & 0xffffU) + ((bits >> 16U) & 0xffffU) + ((bits >> 32U) & 0xffffU) + (bits >> 48U);
  // The sum is under 2^18, so it and its difference from the mean are exact in a float.
  const auto value = lanes::convert<Real<Words>>(lanes::convert<typename Singles::integer>(sum));
  constexpr float mean = 4 * 32767.5F;
  constexpr float scale = 1.73205081F / 65536.0F;  // sqrt(12 / 4) per unit uniform
  return (value - mean) * scale;
}

// The random walk's coins: bit i % 64 of a draw is the coin of the i-th of 64 saliences, taken from the
// draw's low 32-bit half for i % 64 < 32 and from its high half above (so that a coin reaches a float lane's
// sign bit in a 32-bit word).
template <class Words>
[[gnu::always_inline]] inline std::array<typename lanes::SinglesOf<Words>::word, 2> coin_halves(
    Words bits) noexcept {
  using Word = typename lanes::SinglesOf<Words>::word;
  return {lanes::convert<Word>(bits), lanes::convert<Word>(bits >> 32U)};
}

// +magnitude or −magnitude as bit `bit` (below 32) of `coins` is 0 or 1: one random bit per step of a random
// walk, moved into the sign bit.
template <class Word>
[[gnu::always_inline]] inline lanes::Number<Word> signed_step(float magnitude, Word coins,
                                                              unsigned bit) noexcept {
  using Number = lanes::Number<Word>;
  // One shift and a mask (AVX-512 folds the mask into the xor as one ternary logic instruction).
  constexpr std::uint32_t sign_bit = 0x80000000U;
  const Word sign = (coins << (31U - bit)) & sign_bit;
  return std::bit_cast<Number>(std::bit_cast<Word>(Number{} + magnitude) ^ sign);
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
  float uniform() noexcept { return uniform_from_bits(next()); }
  float normal() noexcept { return normal_from_bits(next()); }

 private:
  Xoshiro256<std::uint64_t> generator_{};
};

}  // namespace faultline
