#include "faultline/analysis/worth.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace faultline::worth {
namespace {

TEST(Worth, AgreementIsSalienceWeightedAndSigned) {
  const std::vector<double> salience{1.0, 0.0, 0.5};
  const std::vector<double> own{1.0, 1.0, -1.0};
  const std::vector<double> other{1.0, -1.0, 1.0};
  // (1·1 + 0 + 0.5·(1−2)) / 1.5
  EXPECT_DOUBLE_EQ(agreement(salience, own, other), 0.5 / 1.5);
  EXPECT_DOUBLE_EQ(agreement(std::vector<double>{0.0}, std::vector<double>{1.0}, std::vector<double>{1.0}),
                   0.0);
}

TEST(Worth, DivergenceSumsSalienceTimesDistance) {
  EXPECT_DOUBLE_EQ(divergence(std::vector<double>{0.5, 1.0}, std::vector<double>{1.0, 0.0},
                              std::vector<double>{-1.0, 0.5}),
                   0.5 * 2.0 + 1.0 * 0.5);
}

TEST(Worth, PowerAsymmetry) {
  EXPECT_DOUBLE_EQ(power_asymmetry(3.0, 1.0), 0.5);
  EXPECT_DOUBLE_EQ(power_asymmetry(0.0, 0.0), 0.0);
}

TEST(Worth, CommonThreatIsSharedEnemyCapabilityRelativeToThePair) {
  // Pair capability 4. c1 (cap 2) is hated by both (min 0.5), c2 (cap 1) only by one, c3 (cap 1) is a friend.
  EXPECT_DOUBLE_EQ(common_threat(4.0, std::vector<double>{2.0, 1.0, 1.0},
                                 std::vector<double>{-0.5, -1.0, 0.5}, std::vector<double>{-0.9, 0.2, 0.5}),
                   2.0 * 0.5 / 4.0);
  // A friend of both, however strong, does not dilute the threat.
  EXPECT_DOUBLE_EQ(common_threat(4.0, std::vector<double>{2.0, 100.0}, std::vector<double>{-0.5, 1.0},
                                 std::vector<double>{-0.9, 1.0}),
                   0.25);
  // An enemy stronger than the pair is a full common threat, no more.
  EXPECT_DOUBLE_EQ(
      common_threat(1.0, std::vector<double>{5.0}, std::vector<double>{-1.0}, std::vector<double>{-1.0}),
      1.0);
  EXPECT_DOUBLE_EQ(
      common_threat(0.0, std::vector<double>{5.0}, std::vector<double>{-1.0}, std::vector<double>{-1.0}),
      0.0);
}

TEST(Worth, TermsApplyTheWeights) {
  AlignmentOptions options;
  options.values_weight = 2.0;
  options.threat_weight = 3.0;
  options.issue_weight = 0.5;
  options.power_weight = 0.1;
  const Terms t = terms(options, 0.5, 0.2, 0.1, -0.4, 1.0);
  EXPECT_DOUBLE_EQ(t.values, 1.0);
  EXPECT_DOUBLE_EQ(t.threat, 0.3);
  EXPECT_DOUBLE_EQ(t.power, 0.04);
  EXPECT_DOUBLE_EQ(t.issue_cost, 0.5);
  EXPECT_DOUBLE_EQ(t.total(), 1.0 + 0.2 + 0.3 + 0.04 - 0.5);
  EXPECT_DOUBLE_EQ(terms(options, 0.0, 0.0, 0.0, 0.4, 0.0).power, 0.0);  // the stronger side defers to no one
}

}  // namespace
}  // namespace faultline::worth
