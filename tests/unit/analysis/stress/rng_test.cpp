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
