// The frustration index on hand-made graphs: every number here can be checked by hand.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <set>

#include "faultline/analysis/frustration_bound.hpp"
#include "faultline/analysis/frustration_exact.hpp"
#include "faultline/analysis/frustration_heuristic.hpp"

namespace faultline {
namespace {

SignedGraph from_edges(std::initializer_list<std::tuple<const char*, const char*, double>> edges) {
  SignedGraphBuilder builder;
  for (const auto& [a, b, w] : edges) builder.add_arc(a, b, w);
  return std::move(builder).build();
}

std::set<std::string> side_of(const SignedGraph& graph, const Sides& sides, const std::string& member) {
  const auto side = sides[static_cast<std::size_t>(*graph.index_of(member))];
  std::set<std::string> ids;
  for (int v = 0; v < graph.node_count(); ++v)
    if (sides[static_cast<std::size_t>(v)] == side) ids.insert(graph.node(v).id);
  return ids;
}

TEST(Frustration, NegativeTriangleNeedsOneFrustratedEdgeOfLeastWeight) {
  // a–b +2, b–c +3, a–c −1 : one negative triangle; the cheapest repair drops the negative edge.
  const SignedGraph graph = from_edges({{"a", "b", 2}, {"b", "c", 3}, {"a", "c", -1}});
  const FrustrationResult exact = frustration_exact(graph);
  EXPECT_DOUBLE_EQ(exact.frustration, 1.0);
  EXPECT_DOUBLE_EQ(exact.lower_bound, 1.0);
  EXPECT_TRUE(exact.optimal);
  EXPECT_DOUBLE_EQ(negative_triangle_packing_bound(graph), 1.0);
}

TEST(Frustration, BalancedGraphHasIndexZeroAndTheTwoCamps) {
  const SignedGraph graph =
      from_edges({{"a", "b", 1}, {"c", "d", 1}, {"a", "c", -1}, {"b", "d", -1}, {"a", "d", -1}});
  const FrustrationResult exact = frustration_exact(graph);
  EXPECT_EQ(exact.frustration, 0.0);
  EXPECT_TRUE(exact.optimal);
  EXPECT_EQ(side_of(graph, exact.sides, "a"), (std::set<std::string>{"a", "b"}));
}

TEST(Frustration, DirectedArcsAreAveragedAndOpposingArcsCancel) {
  SignedGraphBuilder builder;
  builder.add_arc("a", "b", 1.0);
  builder.add_arc("b", "a", 3.0);  // mean 2
  builder.add_arc("a", "c", 1.0);
  builder.add_arc("c", "a", -1.0);  // mean 0: no edge
  builder.add_arc("c", "c", -5.0);  // self-loop: dropped
  const SignedGraph graph = std::move(builder).build();
  ASSERT_EQ(graph.edge_count(), 1);
  EXPECT_DOUBLE_EQ(graph.edges()[0].weight, 2.0);
  EXPECT_EQ(graph.node_count(), 3);
}

TEST(Frustration, ResultsDoNotDependOnTheThreadCount) {
  // Two noisy camps: many equally good splits, so the pool statistics are sensitive to any order change.
  SignedGraphBuilder builder;
  for (int i = 0; i < 30; ++i)
    for (int j = i + 1; j < 30; ++j)
      if ((i * 7 + j * 3) % 4 == 0)
        builder.add_arc(std::to_string(i), std::to_string(j),
                        ((i < 15) == (j < 15)) != ((i + j) % 5 == 0) ? 1.0 : -1.0);
  const SignedGraph graph = std::move(builder).build();
  FrustrationOptions one;
  one.threads = 1;
  one.starts = 16;
  FrustrationOptions four = one;
  four.threads = 4;
  const FrustrationResult a = frustration_heuristic(graph, one);
  const FrustrationResult b = frustration_heuristic(graph, four);
  EXPECT_EQ(a.sides, b.sides);
  EXPECT_EQ(a.edge_frustrated_share, b.edge_frustrated_share);
}

// Every split of a 12-node graph, the slow way.
double brute_force_index(const SignedGraph& graph) {
  const int n = graph.node_count();
  double best = 1e300;
  for (std::uint32_t mask = 0; mask < (1U << (n - 1)); ++mask) {
    Sides sides(static_cast<std::size_t>(n), 0);
    for (int v = 1; v < n; ++v)
      sides[static_cast<std::size_t>(v)] = static_cast<std::uint8_t>((mask >> (v - 1)) & 1U);
    best = std::min(best, frustration_of(graph, sides));
  }
  return best;
}

TEST(Frustration, ExactMatchesExhaustiveSearchOnRandomGraphs) {
  std::uint64_t state = 12345;
  auto next = [&state] {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<int>(state >> 33U);
  };
  for (int trial = 0; trial < 12; ++trial) {
    SignedGraphBuilder builder;
    const bool fractional = trial % 2 == 1;
    for (int u = 0; u < 12; ++u)
      for (int v = u + 1; v < 12; ++v) {
        if (next() % 100 >= 45) continue;
        const double magnitude = fractional ? 0.25 + (next() % 100) / 40.0 : 1.0 + next() % 3;
        builder.add_arc(std::to_string(u), std::to_string(v), next() % 3 == 0 ? -magnitude : magnitude);
      }
    for (int v = 0; v < 12; ++v) builder.add_node({std::to_string(v), {}, std::nullopt, 1.0});
    const SignedGraph graph = std::move(builder).build();
    FrustrationOptions options;
    options.starts = 2;  // a weak start, so the branch and bound has work to do
    const FrustrationResult exact = frustration_exact(graph, options);
    const double truth = brute_force_index(graph);
    EXPECT_NEAR(exact.frustration, truth, 1e-9) << "trial " << trial;
    EXPECT_NEAR(exact.lower_bound, truth, 1e-9) << "trial " << trial;
    EXPECT_TRUE(exact.optimal);
    EXPECT_LE(frustration_heuristic(graph).lower_bound, truth + 1e-9);
  }
}

}  // namespace
}  // namespace faultline
