#pragma once
// The stress engine's random numbers. Every Monte-Carlo run draws from its own stream, derived from
// (seed, run index) alone, so any split of the runs over threads (or, later, machines) gives identical
// results. SplitMix64 is small, fast and passes BigCrush; its state is one 64-bit counter.

#include <cstdint>

namespace faultline {

// The SplitMix64 finaliser: a bijective 64-bit mix.
[[nodiscard]] constexpr std::uint64_t mix64(std::uint64_t z) noexcept {
  z = (z ^ (z >> 30U)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27U)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31U);
}

class RunRng {
 public:
  // The stream of run `run` under `seed`: hashing both keeps neighbouring runs' streams unrelated.
  constexpr RunRng(std::uint64_t seed, std::uint64_t run) noexcept
      : state_(mix64(mix64(seed + 0x9e3779b97f4a7c15ULL) ^ (run * 0xd1b54a32d192ed03ULL))) {}

  constexpr std::uint64_t next() noexcept {
    state_ += 0x9e3779b97f4a7c15ULL;
    return mix64(state_);
  }

  // Uniform in [0, 1) with 53 random bits.
  constexpr double uniform() noexcept { return static_cast<double>(next() >> 11U) * 0x1.0p-53; }

  // Standard normal, approximated by the Irwin–Hall sum of four 16-bit uniforms, rescaled to unit variance:
  // one 64-bit draw and no transcendental function (about 10x faster than Box–Muller), bounded at
  // ±3.46 sd. The noise processes need speed more than exact tails; docs/model.md says so.
  constexpr double normal() noexcept {
    const std::uint64_t bits = next();
    const auto sum = static_cast<double>((bits & 0xffffU) + ((bits >> 16U) & 0xffffU) +
                                         ((bits >> 32U) & 0xffffU) + (bits >> 48U));
    constexpr double mean = 4 * 32767.5;
    constexpr double scale = 1.7320508075688772 / 65536.0;  // sqrt(12 / 4) per unit uniform
    return (sum - mean) * scale;
  }

 private:
  std::uint64_t state_;
};

}  // namespace faultline
