#pragma once
// Deterministic random streams for the coalition analyses: the stream of start i derives from (seed, i)
// alone, so any split of the starts over threads gives identical results (DESIGN.md §4).

#include <cstdint>

namespace faultline::factions_detail {

// SplitMix64 (Steele, Lea & Flood 2014): tiny, fast, statistically sound for seeding and for local search.
class RandomStream {
 public:
  RandomStream(std::uint64_t seed, std::uint64_t stream) noexcept
      : state_(seed ^ (0x9e3779b97f4a7c15ULL * (stream + 1))) {
    next();
  }

  std::uint64_t next() noexcept {
    std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30U)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27U)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31U);
  }
  // Uniform integer in [0, bound).
  std::uint64_t below(std::uint64_t bound) noexcept { return bound == 0 ? 0 : next() % bound; }
  // Uniform in [0, 1).
  double unit() noexcept { return static_cast<double>(next() >> 11U) * 0x1.0p-53; }

 private:
  std::uint64_t state_;
};

}  // namespace faultline::factions_detail
