// The coalition entry point on a scenario built in code: a broad coalition held together by one figure (seed
// 001), facing a common opponent, with a rift inside it (seed 002).
#include <gtest/gtest.h>

#include "faultline/analysis/coalition.hpp"

namespace faultline {
namespace {

Scenario hub_coalition() {
  Scenario scenario;
  scenario.id = "hub";
  scenario.title = "a coalition around one figure";
  for (const char* id : {"leader", "base", "donor", "party", "rival"}) {
    Actor actor;
    actor.id = id;
    actor.name = id;
    actor.capability = {1.0, 0.0};
    scenario.actors.push_back(actor);
  }
  auto relate = [&](const char* a, const char* b, double sign) {
    scenario.relations.push_back(Relation{{a, b}, {sign, 0.0}});
  };
  relate("leader", "base", 0.9);
  relate("leader", "donor", 0.7);
  relate("leader", "party", 0.6);
  relate("base", "donor", -0.4);  // the rift inside: only the leader holds these two together
  relate("rival", "leader", -0.8);
  relate("rival", "base", -0.5);
  relate("rival", "party", -0.3);
  return scenario;
}

TEST(Coalition, ScenarioRelationsBecomeASignedGraph) {
  const SignedGraph graph = signed_graph_from(hub_coalition());
  EXPECT_EQ(graph.node_count(), 5);
  EXPECT_EQ(graph.edge_count(), 7);
  EXPECT_EQ(graph.negative_edge_count(), 4);
}

TEST(Coalition, TheLeaderIsTheKeystoneAndTheRiftIsTheFaultline) {
  const CoalitionResult result = analyze_coalition(hub_coalition());
  ASSERT_TRUE(result.balance && result.factions && result.keystones);
  // One negative triangle leader–base–donor: the cheapest repair leaves the base–donor rift frustrated.
  EXPECT_NEAR(result.balance->frustration, 0.4, 1e-12);
  EXPECT_TRUE(result.balance->optimal);
  const KeystoneResult& keystones = *result.keystones;
  ASSERT_FALSE(keystones.ranking.empty());
  EXPECT_EQ(result.graph.node(keystones.ranking.front().node).id, "leader");
  EXPECT_GE(keystones.ranking.front().stranded, 2);  // base, donor and party lose each other
  EXPECT_NEAR(keystones.ranking.front().tie_weight_lost, 1.0, 1e-12);
}

TEST(Coalition, TieWorthWeighsEachTieByTheMeanOfItsSides) {
  AlignmentResult alignment;
  TieAlignment tie;
  tie.between = {"leader", "donor"};
  tie.sides[0].revealed_worth = 0.2;
  tie.sides[1].revealed_worth = 0.6;
  alignment.ties.push_back(tie);
  const auto weights = tie_worth_weights(alignment);
  ASSERT_EQ(weights.size(), 1U);
  EXPECT_DOUBLE_EQ(weights.at({"leader", "donor"}), 0.4);
  CoalitionOptions options;
  options.tie_weights = weights;
  // The relation leader–donor (+0.7) and the tie's worth (+0.4) average to one edge of +0.55.
  const SignedGraph graph = signed_graph_from(hub_coalition(), options);
  bool found = false;
  for (const SignedEdge& edge : graph.edges()) {
    if (graph.node(edge.u).id != "leader" || graph.node(edge.v).id != "donor") continue;
    EXPECT_DOUBLE_EQ(edge.weight, 0.55);
    found = true;
  }
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace faultline
