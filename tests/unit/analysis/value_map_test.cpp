// Classical MDS by hand on small examples, and the value distances it is fed with (salience weighting, only
// shared dimensions, imputation, the axes' sign convention).
#include "faultline/analysis/value_map.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace faultline {
namespace {

constexpr double tolerance = 1e-9;

Stance stance(double position, double salience) {
  return {{position, 0.0}, {salience, 0.0}};
}

Actor actor(std::string id, std::map<std::string, Stance> values) {
  Actor a{.id = std::move(id)};
  a.values = std::move(values);
  return a;
}

double distance(const std::array<double, 2>& p, const std::array<double, 2>& q) {
  return std::hypot(p[0] - q[0], p[1] - q[1]);
}

TEST(ClassicalMds, CollinearThreePointsByHand) {
  // D² = [[0,1,4],[1,0,1],[4,1,0]]; B = −½ J D² J = [[1,0,−1],[0,0,0],[−1,0,1]]: one eigenvalue 2 with
  // eigenvector (−1, 0, 1)/√2, so the coordinates are (−1, 0, 1) · √2/√2 and the second axis is empty.
  const MdsResult mds = classical_mds({{0, 1, 2}, {1, 0, 1}, {2, 1, 0}});
  ASSERT_EQ(mds.points.size(), 3u);
  EXPECT_NEAR(mds.eigenvalues[0], 2.0, tolerance);
  EXPECT_NEAR(mds.eigenvalues[1], 0.0, tolerance);
  EXPECT_NEAR(mds.positive_eigenvalue_sum, 2.0, tolerance);
  // Sign convention: the largest-magnitude coordinate is positive; on the tie (−1 vs +1) the first wins.
  EXPECT_NEAR(mds.points[0][0], 1.0, tolerance);
  EXPECT_NEAR(mds.points[1][0], 0.0, tolerance);
  EXPECT_NEAR(mds.points[2][0], -1.0, tolerance);
  for (const auto& point : mds.points) EXPECT_NEAR(point[1], 0.0, tolerance);
}

TEST(ClassicalMds, RightTriangleKeepsItsDistances) {
  // A 3-4-5 triangle is Euclidean in 2-D: the map reproduces every distance exactly.
  const std::vector<std::vector<double>> d{{0, 3, 4}, {3, 0, 5}, {4, 5, 0}};
  const MdsResult mds = classical_mds(d);
  for (std::size_t i = 0; i < 3; ++i) {
    for (std::size_t j = 0; j < 3; ++j) EXPECT_NEAR(distance(mds.points[i], mds.points[j]), d[i][j], 1e-9);
  }
  // Centred: the coordinates sum to zero on each axis; the eigenvalues are the axes' sums of squares.
  for (std::size_t k = 0; k < 2; ++k) {
    double sum = 0.0, squares = 0.0;
    for (const auto& p : mds.points) {
      sum += p[k];
      squares += p[k] * p[k];
    }
    EXPECT_NEAR(sum, 0.0, 1e-9);
    EXPECT_NEAR(squares, mds.eigenvalues[k], 1e-9);
  }
  EXPECT_NEAR(mds.eigenvalues[0] + mds.eigenvalues[1], mds.positive_eigenvalue_sum, 1e-9);
}

TEST(ClassicalMds, FewerThanTwoPointsSitAtTheOrigin) {
  EXPECT_TRUE(classical_mds({}).points.empty());
  const MdsResult one = classical_mds({{0.0}});
  ASSERT_EQ(one.points.size(), 1u);
  EXPECT_EQ(one.points[0], (std::array<double, 2>{0.0, 0.0}));
}

TEST(ValueDistances, SalienceWeightedOverSharedDimensionsOnly) {
  Scenario scenario;
  scenario.dimensions = {{"d1", "", {"-", "+"}, ""}, {"d2", "", {"-", "+"}, ""}, {"d3", "", {"-", "+"}, ""}};
  // a and b share d1 and d2 (d3 only a holds, so it is ignored).
  scenario.actors = {
      actor("a", {{"d1", stance(1.0, 1.0)}, {"d2", stance(0.0, 0.25)}, {"d3", stance(1.0, 1.0)}}),
      actor("b", {{"d1", stance(0.0, 1.0)}, {"d2", stance(1.0, 1.0)}})};
  // w1 = √(1·1) = 1, w2 = √(0.25·1) = 0.5: d = √((1·1² + 0.5·1²) / 1.5) = 1.
  const ValueDistances weighted = value_distances(scenario);
  EXPECT_NEAR(weighted.matrix[0][1], 1.0, tolerance);
  EXPECT_NEAR(weighted.matrix[1][0], 1.0, tolerance);
  EXPECT_EQ(weighted.imputed_pairs, 0);

  // Unweighted, d3 still ignored: √((1 + 1) / 2) = 1 as well; move b on d2 to tell the two apart.
  scenario.actors[1].values["d2"] = stance(0.5, 1.0);
  const double expected_weighted = std::sqrt((1.0 + 0.5 * 0.25) / 1.5);
  const double expected_plain = std::sqrt((1.0 + 0.25) / 2.0);
  EXPECT_NEAR(value_distances(scenario).matrix[0][1], expected_weighted, tolerance);
  EXPECT_NEAR(value_distances(scenario, {.salience_weighted = false}).matrix[0][1], expected_plain,
              tolerance);
}

TEST(ValueDistances, PairsWithNothingInCommonGetTheMeanKnownDistance) {
  Scenario scenario;
  scenario.dimensions = {{"d1", "", {"-", "+"}, ""}, {"d2", "", {"-", "+"}, ""}};
  scenario.actors = {actor("a", {{"d1", stance(1.0, 1.0)}}),
                     actor("b", {{"d1", stance(0.0, 1.0)}, {"d2", stance(0.0, 1.0)}}),
                     actor("c", {{"d2", stance(0.6, 1.0)}})};
  const ValueDistances d = value_distances(scenario);
  EXPECT_EQ(d.imputed_pairs, 1);                            // a and c share nothing
  EXPECT_NEAR(d.matrix[0][2], (1.0 + 0.6) / 2, tolerance);  // mean of d(a,b) = 1 and d(b,c) = 0.6
  EXPECT_NEAR(d.matrix[2][0], d.matrix[0][2], tolerance);
}

TEST(ValueMap, AxesPointTowardsThePositivePoleOfTheirDimension) {
  Scenario scenario;
  scenario.dimensions = {{"ethos", "Ethos", {"loyalty", "disruption"}, ""}};
  scenario.actors = {actor("loyal", {{"ethos", stance(-1.0, 1.0)}}),
                     actor("middle", {{"ethos", stance(0.0, 1.0)}}),
                     actor("rebel", {{"ethos", stance(1.0, 1.0)}})};
  const ValueMap map = map_values(scenario);
  ASSERT_EQ(map.points.size(), 3u);
  // Distances 1, 1, 2 as in the collinear example; oriented so that "disruption" (+1) is to the right.
  EXPECT_NEAR(map.points[0][0], -1.0, tolerance);
  EXPECT_NEAR(map.points[1][0], 0.0, tolerance);
  EXPECT_NEAR(map.points[2][0], 1.0, tolerance);
  EXPECT_EQ(map.axes[0].dimension, "ethos");
  EXPECT_NEAR(map.axes[0].correlation, 1.0, tolerance);
  EXPECT_EQ(map.axes[1].dimension, "");  // nothing varies along the second axis
  EXPECT_NEAR(map.explained, 1.0, tolerance);
}

}  // namespace
}  // namespace faultline
