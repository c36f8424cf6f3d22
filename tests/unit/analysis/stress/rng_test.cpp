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

TEST(RunRng, CoinStepsAreFairOfTheGivenSizeAndBitIOfTheDraw) {
  RunRng rng{9, 0};
  int ups = 0;
  constexpr int words = 2000;
  for (int i = 0; i < words; ++i) {
    const std::uint64_t draw = rng.next();
    const auto halves = coin_halves(draw);
    for (unsigned bit = 0; bit < 64; ++bit) {
      const float step = signed_step(0.25F, halves[bit / 32], bit % 32);
      ASSERT_EQ(std::abs(step), 0.25F);
      ASSERT_EQ(step < 0.0F, ((draw >> bit) & 1U) == 1U) << "bit " << bit;
      ups += step > 0.0F ? 1 : 0;
    }
  }
  EXPECT_NEAR(ups / (64.0 * words), 0.5, 0.005);  // 5 sd of a fair coin over 128 000 flips
}

TEST(RunRng, UniformIsTheTop24BitsOfTheDraw) {
  EXPECT_EQ(uniform_from_bits(std::uint64_t{0}), 0.0F);
  EXPECT_EQ(uniform_from_bits(~std::uint64_t{0}), 1.0F - 0x1p-24F);  // the largest, below 1
  EXPECT_EQ(uniform_from_bits(std::uint64_t{1} << 63U), 0.5F);
  EXPECT_EQ(uniform_from_bits((std::uint64_t{1} << 40U) - 1U), 0.0F);  // the low 40 bits do not count
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
