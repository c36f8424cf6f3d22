// k factions with the Doreian–Mrvar criterion, on graphs small enough to check by hand.
#include <gtest/gtest.h>

#include "faultline/analysis/generalized_balance.hpp"

namespace faultline {
namespace {

// Three camps of three, friendly inside and hostile across, plus one cross-camp friendship (c1–a1).
SignedGraph three_camps() {
  SignedGraphBuilder builder;
  const std::vector<std::string> camps{"a", "b", "c"};
  for (const auto& camp : camps)
    for (int i = 0; i < 3; ++i)
      for (int j = i + 1; j < 3; ++j)
        builder.add_arc(camp + std::to_string(i), camp + std::to_string(j), 1.0);
  for (std::size_t x = 0; x < camps.size(); ++x)
    for (std::size_t y = x + 1; y < camps.size(); ++y)
      for (int i = 0; i < 3; ++i)
        builder.add_arc(camps[x] + std::to_string(i), camps[y] + std::to_string(i), -1.0);
  builder.add_arc("c1", "a1", 2.0);  // overrides nothing: c1–a1 was −1, the mean of −1 and +2 is +0.5
  return std::move(builder).build();
}

TEST(Factions, CriterionCountsNegativeWithinAndPositiveBetween) {
  SignedGraphBuilder builder;
  builder.add_arc("x", "y", -2.0);
  builder.add_arc("y", "z", 3.0);
  const SignedGraph graph = std::move(builder).build();
  // One faction: the −2 tie is inside: N = 2, P = 0; α = 0.25 → 0.5.
  const FactionPartition together = evaluate_partition(graph, {0, 0, 0}, 0.25);
  EXPECT_DOUBLE_EQ(together.negative_within, 2.0);
  EXPECT_DOUBLE_EQ(together.positive_between, 0.0);
  EXPECT_DOUBLE_EQ(together.criterion, 0.5);
  // {x} {y, z}: nothing violated.
  EXPECT_DOUBLE_EQ(evaluate_partition(graph, {0, 1, 1}, 0.25).criterion, 0.0);
  // {x, y} {z}: N = 2, P = 3 → 0.25·2 + 0.75·3.
  EXPECT_DOUBLE_EQ(evaluate_partition(graph, {0, 0, 1}, 0.25).criterion, 0.5 + 2.25);
}

TEST(Factions, ChoosesThreeCampsAndExactSearchAgreesWithRelocation) {
  const SignedGraph graph = three_camps();
  FactionOptions options;
  options.exact = true;
  const FactionResult result = find_factions(graph, options);
  EXPECT_EQ(result.best.k, 3);
  EXPECT_TRUE(result.best.optimal);
  // The only violated tie is the cross-camp friendship c1–a1 (+0.5), at α = 0.5.
  EXPECT_DOUBLE_EQ(result.best.criterion, 0.25);
  const auto faction = [&](const char* id) {
    return result.best.faction[static_cast<std::size_t>(*graph.index_of(id))];
  };
  EXPECT_EQ(faction("a0"), faction("a2"));
  EXPECT_NE(faction("a0"), faction("b0"));
  EXPECT_NE(faction("b0"), faction("c0"));
  options.exact = false;
  EXPECT_DOUBLE_EQ(find_factions(graph, options).best.criterion, 0.25);
}

TEST(Factions, FixedKGivesExactlyKFactions) {
  const SignedGraph graph = three_camps();
  FactionOptions options;
  options.k = 2;
  options.exact = true;
  const FactionResult result = find_factions(graph, options);
  EXPECT_EQ(result.best.k, 2);
  ASSERT_EQ(result.by_k.size(), 1U);
  // Two camps must share a faction: their 3 hostile ties (−1 each) sit inside, less the friendly one's
  // relief.
  EXPECT_GT(result.best.criterion, 0.25);
}

TEST(Factions, ThreadCountDoesNotChangeTheResult) {
  const SignedGraph graph = three_camps();
  FactionOptions one;
  one.threads = 1;
  FactionOptions three = one;
  three.threads = 3;
  EXPECT_EQ(find_factions(graph, one).best.faction, find_factions(graph, three).best.faction);
}

}  // namespace
}  // namespace faultline
