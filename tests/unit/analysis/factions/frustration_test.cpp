// The frustration index on hand-made graphs: every number here can be checked by hand.
#include <gtest/gtest.h>

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

}  // namespace
}  // namespace faultline
