// Accuracy under the best matching and the adjusted Rand index, against hand-computed values.
#include <gtest/gtest.h>

#include "faultline/analysis/partition_score.hpp"

namespace faultline {
namespace {

TEST(PartitionScore, RelabelledIdenticalPartitionScoresOne) {
  const PartitionScore score = score_partition({1, 1, 0, 0, 2}, {"x", "x", "y", "y", "z"});
  EXPECT_DOUBLE_EQ(score.accuracy, 1.0);
  EXPECT_DOUBLE_EQ(score.adjusted_rand, 1.0);
}

TEST(PartitionScore, OneMisplacedNodeOfSix) {
  // Truth {a,a,a,b,b,b}; prediction puts the third node with the b's.
  const PartitionScore score = score_partition({0, 0, 1, 1, 1, 1}, {"a", "a", "a", "b", "b", "b"});
  EXPECT_EQ(score.matched, 5);
  EXPECT_DOUBLE_EQ(score.accuracy, 5.0 / 6.0);
  // Contingency [[2,0],[1,3]]: index = 1 + 3 = 4; rows C(2,2)+C(4,2) = 7; columns 3 + 3 = 6; total C(6,2) =
  // 15; expected = 7·6/15 = 2.8; max = 6.5; ARI = (4 − 2.8)/(6.5 − 2.8) = 1.2/3.7.
  EXPECT_NEAR(score.adjusted_rand, 1.2 / 3.7, 1e-12);
}

}  // namespace
}  // namespace faultline
