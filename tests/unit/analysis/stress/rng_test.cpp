#include "faultline/analysis/rng.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace faultline {
namespace {

TEST(RunRng, StreamDependsOnSeedAndRunAlone) {
  RunRng a{1, 5};
  RunRng b{1, 5};
  RunRng other_run{1, 6};
  RunRng other_seed{2, 5};
  const auto first = a.next();
  EXPECT_EQ(first, b.next());
  EXPECT_NE(first, other_run.next());
  EXPECT_NE(first, other_seed.next());
}

TEST(RunRng, GeneratorIsXoshiro256PlusPlus) {
  // The reference algorithm (Blackman and Vigna) from the state {1, 2, 3, 4}, worked by hand for the first
  // output: rotl(1 + 4, 23) + 1.
  Xoshiro256<std::uint64_t> generator{{1, 2, 3, 4}};
  EXPECT_EQ(generator.next(), 41943041U);
  EXPECT_EQ(generator.next(), 58720359U);
  EXPECT_EQ(generator.next(), 3588806011781223U);
}

TEST(RunRng, CoinStepsAreFairAndOfTheGivenSize) {
  RunRng rng{9, 0};
  int ups = 0;
  constexpr int words = 2000;
  for (int i = 0; i < words; ++i) {
    const std::uint64_t coins = rng.next();
    for (unsigned bit = 0; bit < 64; ++bit) {
      const double step = signed_step(0.25, coins, bit);
      ASSERT_EQ(std::abs(step), 0.25);
      ups += step > 0.0 ? 1 : 0;
    }
  }
  EXPECT_NEAR(ups / (64.0 * words), 0.5, 0.005);  // 5 sd of a fair coin over 128 000 flips
}

TEST(RunRng, NormalHasUnitMomentsAndUniformIsInRange) {
  RunRng rng{3, 0};
  constexpr int n = 200000;
  double sum = 0.0;
  double squares = 0.0;
  for (int i = 0; i < n; ++i) {
    const double x = rng.normal();
    sum += x;
    squares += x * x;
    const double u = rng.uniform();
    ASSERT_GE(u, 0.0);
    ASSERT_LT(u, 1.0);
  }
  EXPECT_NEAR(sum / n, 0.0, 0.01);
  EXPECT_NEAR(squares / n, 1.0, 0.01);
}

}  // namespace
}  // namespace faultline
