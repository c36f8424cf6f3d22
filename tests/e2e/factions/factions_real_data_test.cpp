// The coalition analyses on the real networks of tests/data/ (provenance in each folder's README.md): the
// exact frustration index of Read's Gahuku–Gama tribes (7, unique optimal split), their three published
// groups, Zachary's karate club split from its two leaders, and the Syria 2016 landscape minimum of Axelrod's
// coauthors' own output.
#include <gtest/gtest.h>

#include <set>

#include "factions_test_data.hpp"
#include "faultline/analysis/frustration_exact.hpp"
#include "faultline/analysis/frustration_heuristic.hpp"

namespace faultline {
namespace {

// The labels of the nodes on the same side as the node labelled `member`.
std::set<std::string> side_of(const SignedGraph& graph, const Sides& sides, const std::string& member) {
  int index = 0;
  while (graph.node(index).label != member) ++index;
  std::set<std::string> labels;
  for (int v = 0; v < graph.node_count(); ++v)
    if (sides[static_cast<std::size_t>(v)] == sides[static_cast<std::size_t>(index)]) labels.insert(graph.node(v).label);
  return labels;
}

TEST(Frustration, GahukuGamaExactIndexIsSevenWithTheUniqueOptimalSplit) {
  const SignedGraph graph = testing::gahuku_gama();
  ASSERT_EQ(graph.node_count(), 16);
  ASSERT_EQ(graph.edge_count(), 58);
  const FrustrationResult exact = frustration_exact(graph);
  EXPECT_DOUBLE_EQ(exact.frustration, 7.0);
  EXPECT_DOUBLE_EQ(exact.lower_bound, 7.0);
  EXPECT_TRUE(exact.optimal);
  EXPECT_DOUBLE_EQ(frustration_of(graph, exact.sides), 7.0);  // the certificate's upper half, recomputed
  EXPECT_EQ(side_of(graph, exact.sides, "Gama"), (std::set<std::string>{"Gavev", "Kotun", "Nagad", "Gama"}));
  // The optimum is unique, so every optimal split agrees on every node.
  for (const NodeSide& node : exact.nodes) EXPECT_DOUBLE_EQ(node.consistency, 1.0);
}

TEST(Frustration, HeuristicFindsTheGahukuGamaOptimumAndABoundBelowIt) {
  const SignedGraph graph = testing::gahuku_gama();
  const FrustrationResult heuristic = frustration_heuristic(graph);
  EXPECT_DOUBLE_EQ(heuristic.frustration, 7.0);
  EXPECT_LE(heuristic.lower_bound, 7.0);
  EXPECT_GT(heuristic.lower_bound, 0.0);
  EXPECT_GE(heuristic.near_optimal_splits, 1);
}

}  // namespace
}  // namespace faultline
