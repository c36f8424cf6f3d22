// The deterministic arithmetic both stress paths share (lanes.hpp, hazard.hpp), against the standard library.
#include "faultline/analysis/lanes.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstdint>

#include "faultline/analysis/hazard.hpp"

namespace faultline {
namespace {

TEST(Lanes, ExpIsWithin1e14OfTheStandardLibrary) {
  for (double x = -700.0; x <= 700.0; x += 0.173) {
    const double expected = std::exp(x);
    ASSERT_NEAR(lanes::exp(x), expected, 1e-14 * expected) << "x = " << x;
  }
  EXPECT_EQ(lanes::exp(0.0), 1.0);
}

TEST(Lanes, SinglePrecisionExpIsWithin4e7OfTheStandardLibrary) {
  for (float x = -80.0F; x <= 80.0F; x += 0.0173F) {
    const double expected = std::exp(static_cast<double>(x));
    ASSERT_NEAR(lanes::exp(x), expected, 4e-7 * expected) << "x = " << x;
  }
  EXPECT_EQ(lanes::exp(0.0F), 1.0F);
}

// The logarithm the exit and revelation levels are drawn with: within 4e-7 of libm's (relative, or 1e-7
// absolute near x = 1 where ln x passes 0) over the levels' whole domain [2^−24, 1] and beyond, and bit for
// bit the same in lanes as for one float.
TEST(Lanes, SinglePrecisionLogIsWithin4e7OfTheStandardLibrary) {
  const auto check = [](float x) {
    const double expected = std::log(static_cast<double>(x));
    ASSERT_NEAR(lanes::log(x), expected, 4e-7 * std::abs(expected) + 1e-7) << "x = " << x;
  };
  for (float x = 0x1p-24F; x < 1.0F; x *= 1.0137F) check(x);
  for (float x = 0.5F; x <= 2.0F; x += 0.000731F) check(x);
  for (float x = 2.0F; x < 1e30F; x *= 1.37F) check(x);
  EXPECT_EQ(lanes::log(1.0F), 0.0F);
  EXPECT_EQ(lanes::log(0x1p-24F), -24.0F * static_cast<float>(std::log(2.0)));

  using Floats = lanes::VectorOf<float, 4>::type;
  const Floats x{0x1p-24F, 0.3F, 0.70710677F, 0.99999994F};
  const Floats logs = lanes::log(x);
  for (std::size_t lane = 0; lane < 4; ++lane) {
    EXPECT_EQ(std::bit_cast<std::uint32_t>(logs[lane]), std::bit_cast<std::uint32_t>(lanes::log(x[lane])));
  }
}

TEST(Lanes, SinglePrecisionOneMinusExpMinusMatchesExpm1) {
  for (float x = 0.0F; x <= 40.0F; x += x < 0.1F ? 0.0007F : 0.37F) {
    const double expected = -std::expm1(-static_cast<double>(x));
    // Above the Taylor limit 1 − e^(−x) is a difference from 1, good to an ulp of 1 (6e-8) in absolute terms.
    ASSERT_NEAR(lanes::one_minus_exp_minus(x), expected, 4e-7 * expected + 1.2e-7) << "x = " << x;
  }
}

TEST(Lanes, OneMinusExpMinusMatchesExpm1OnBothSidesOfTheTaylorLimit) {
  for (double x = 0.0; x <= 40.0; x += x < 0.1 ? 0.0007 : 0.37) {
    const double expected = -std::expm1(-x);
    ASSERT_NEAR(lanes::one_minus_exp_minus(x), expected, 1e-9 * expected + 1e-300) << "x = " << x;
  }
}

TEST(Lanes, ClampAndMagnitudeAreTheStandardOnes) {
  for (double x : {-2.0, -1.0, -0.5, -0.0, 0.0, 0.3, 1.0, 7.0}) {
    EXPECT_EQ(lanes::clamp(x, -1.0, 1.0), std::clamp(x, -1.0, 1.0));
    EXPECT_EQ(lanes::magnitude(x), std::abs(x));
    EXPECT_EQ(std::signbit(lanes::magnitude(x)), false);
    const auto single = static_cast<float>(x);
    EXPECT_EQ(lanes::clamp(single, -1.0F, 1.0F), std::clamp(single, -1.0F, 1.0F));
    EXPECT_EQ(lanes::magnitude(single), std::abs(single));
    EXPECT_EQ(std::signbit(lanes::magnitude(single)), false);
  }
}

// The salience clamp takes the integer max and min of the bit patterns in lanes: bit for bit the scalar
// clamp's result, −0 and values just around 0 and 1 included, in every lane.
TEST(Lanes, UnitClampOfLanesIsTheScalarClampBitForBit) {
  using Floats = lanes::VectorOf<float, 4>::type;  // the width every build runs natively
  const std::array<float, 16> inputs{-3.0F, -1e-30F,    -0.0F, 0.0F, 1e-30F,   0.2F,    0.5F,    0.99999994F,
                                     1.0F,  1.0000001F, 1.5F,  7.0F, -0.0138F, 0.0138F, 0.9862F, 1.0138F};
  for (std::size_t first = 0; first < inputs.size(); first += 4) {
    Floats x{};
    for (std::size_t lane = 0; lane < 4; ++lane) x[lane] = inputs[first + lane];
    const Floats clamped = lanes::clamp_unit(x);
    for (std::size_t lane = 0; lane < 4; ++lane) {
      const float expected = lanes::clamp_unit(inputs[first + lane]);
      EXPECT_EQ(std::bit_cast<std::uint32_t>(clamped[lane]), std::bit_cast<std::uint32_t>(expected))
          << "x = " << inputs[first + lane];
      EXPECT_EQ(expected, std::clamp(inputs[first + lane], 0.0F, 1.0F));
    }
  }
}

TEST(Lanes, RateIsZeroBelowTheMinimumExponentAndFiniteAboveTheMaximum) {
  DynamicsOptions dynamics;
  const double inverse_tau = hazard::inverse_tau(dynamics, 0.0);  // τ = 0.2
  EXPECT_EQ(hazard::exit_rate(dynamics, 0.1 + 12.1 * 0.2, 0.1, inverse_tau), 0.0);
  EXPECT_GT(hazard::exit_rate(dynamics, 0.1 + 11.9 * 0.2, 0.1, inverse_tau), 0.0);
  const double capped = hazard::exit_rate(dynamics, -1e9, 0.1, inverse_tau);
  EXPECT_TRUE(std::isfinite(capped));
  EXPECT_NEAR(capped, dynamics.base_hazard * std::exp(hazard::max_exponent), 1e-12 * capped);
}

}  // namespace
}  // namespace faultline
