// The coalition analyses on the real networks of tests/data/ (provenance in each folder's README.md): the
// exact frustration index of Read's Gahuku–Gama tribes (7, unique optimal split), their three published
// groups, Zachary's karate club split from its two leaders, and the Syria 2016 landscape minimum of Axelrod's
// coauthors' own output.
#include <gtest/gtest.h>

#include <set>
#include <sstream>

#include "factions_test_data.hpp"
#include "faultline/analysis/frustration_exact.hpp"
#include "faultline/analysis/frustration_heuristic.hpp"
#include "faultline/analysis/generalized_balance.hpp"
#include "faultline/analysis/landscape.hpp"
#include "faultline/analysis/leader_split.hpp"
#include "faultline/analysis/partition_score.hpp"

namespace faultline {
namespace {

// The labels of the nodes on the same side as the node labelled `member`.
std::set<std::string> side_of(const SignedGraph& graph, const Sides& sides, const std::string& member) {
  int index = 0;
  while (graph.node(index).label != member) ++index;
  std::set<std::string> labels;
  for (int v = 0; v < graph.node_count(); ++v)
    if (sides[static_cast<std::size_t>(v)] == sides[static_cast<std::size_t>(index)])
      labels.insert(graph.node(v).label);
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

TEST(Factions, GahukuGamaThreeFactionsMatchThePublishedGroups) {
  const SignedGraph graph = testing::gahuku_gama();
  FactionOptions options;
  options.k = 3;
  options.exact = true;
  const FactionResult result = find_factions(graph, options);
  EXPECT_TRUE(result.best.optimal);
  EXPECT_DOUBLE_EQ(result.best.negative_within + result.best.positive_between,
                   2.0);  // Masil–Nagam, Masil–Uheto
  const PartitionScore score = score_against_groups(graph, result.best.faction);
  EXPECT_EQ(score.scored, 16);
  EXPECT_DOUBLE_EQ(score.accuracy, 1.0);
  EXPECT_DOUBLE_EQ(score.adjusted_rand, 1.0);
}

TEST(Factions, GahukuGamaCriterionChoosesThreeFactions) {
  FactionOptions options;
  options.exact = true;
  const FactionResult result = find_factions(testing::gahuku_gama(), options);
  EXPECT_EQ(result.best.k, 3);  // k = 4 ties at 2 frustrated ties; the smaller k wins
  EXPECT_DOUBLE_EQ(result.by_k[1].criterion,
                   3.5);  // k = 2: the 7 frustrated ties of the balance split, α = ½
}

TEST(LeaderSplit, KarateClubSplitFromItsLeaders) {
  const SignedGraph graph = testing::karate();
  ASSERT_EQ(graph.node_count(), 34);
  ASSERT_EQ(graph.edge_count(), 78);
  const LeaderSplit split = leader_split(graph, *graph.index_of("1"), *graph.index_of("34"));
  const PartitionScore min_cut =
      score_against_groups(graph, {split.min_cut_sides.begin(), split.min_cut_sides.end()});
  EXPECT_GE(min_cut.matched, 33);  // Zachary's prediction: all but member 9
  const PartitionScore spectral =
      score_against_groups(graph, {split.spectral_sides.begin(), split.spectral_sides.end()});
  EXPECT_GE(spectral.matched, 32);
  // Mr. Hi's side holds Mr. Hi's club.
  EXPECT_EQ(split.min_cut_sides[static_cast<std::size_t>(*graph.index_of("2"))], 0);
  EXPECT_EQ(split.min_cut_sides[static_cast<std::size_t>(*graph.index_of("33"))], 1);
}

TEST(Landscape, Syria2016GlobalMinimumIsTheAuthors) {
  const SignedGraph graph = testing::syria2016();
  const LandscapeResult result = landscape(graph);
  ASSERT_TRUE(result.exhaustive);
  ASSERT_FALSE(result.minima.empty());
  const LandscapeMinimum& best = result.minima.front();
  EXPECT_DOUBLE_EQ(best.energy, -83200.0);  // row "891" of Landscape_Favored_Alignments_2016-02-20.csv
  EXPECT_EQ(side_of(graph, best.sides, "ISIS"), (std::set<std::string>{"Turkey", "ISIS", "Nursa"}));
  EXPECT_EQ(result.minima.size(), 1U);  // the authors' output marks it the only local minimum
  EXPECT_DOUBLE_EQ(best.basin, 1.0);
}

TEST(Landscape, Syria2016WeakSyriaMinimum) {
  const LandscapeResult result = landscape(testing::syria2016("syria2016_nodes_weaksyria.csv"));
  ASSERT_FALSE(result.minima.empty());
  EXPECT_DOUBLE_EQ(result.minima.front().energy, -65600.0);  // row "976" of the weak-Syria output
}

// The converted edge list is the authors' propensity matrix, p_ij = raw − 3.
TEST(Landscape, Syria2016ConversionMatchesTheMatrix) {
  const std::string matrix = testing::read_text(
      testing::source_path("tests/data/landscape_syria2016/Pairwise_propensity_Feb_20.csv"));
  std::vector<std::vector<std::string>> cells;
  std::istringstream lines(matrix);
  for (std::string line; std::getline(lines, line);) {
    std::vector<std::string> row;
    std::istringstream fields(line);
    for (std::string field; std::getline(fields, field, ',');) row.push_back(field);
    cells.push_back(row);
  }
  const SignedGraph graph = testing::syria2016();
  int checked = 0;
  for (std::size_t i = 1; i < cells.size(); ++i)
    for (std::size_t j = i + 1; j < cells.size(); ++j) {
      const double p = std::stod(cells[i][j]) - 3.0;
      double weight = 0.0;
      const int u = *graph.index_of(cells[0][i]);
      for (const SignedNeighbor& neighbor : graph.neighbors(u))
        if (graph.node(neighbor.node).id == cells[0][j]) weight = neighbor.weight;
      EXPECT_DOUBLE_EQ(weight, p) << cells[0][i] << "–" << cells[0][j];
      ++checked;
    }
  EXPECT_EQ(checked, 55);
}

}  // namespace
}  // namespace faultline
