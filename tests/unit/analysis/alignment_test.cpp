// Hand-computed checks of every alignment formula (docs/model.md) on a three-actor scenario.
#include "faultline/analysis/alignment.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "faultline/model/error.hpp"

namespace faultline {
namespace {

constexpr double tolerance = 1e-6;

Stance stance(double position, double salience) {
  return {{position, 0.0}, {salience, 0.0}};
}

// a (capability 1) and b (capability 3) are tied; c (capability 4) is hostile to both.
Scenario three_actors() {
  Scenario scenario;
  scenario.id = "hand";
  scenario.dimensions = {{"d1", "Dimension one", {"no", "yes"}, ""},
                         {"d2", "Dimension two", {"no", "yes"}, ""}};
  scenario.issues = {{"i1", "Issue one", {"oppose", "support"}, ""}};
  Actor a{.id = "a", .name = "A", .capability = {1.0, 0.0}};
  a.values = {{"d1", stance(0.8, 1.0)}, {"d2", stance(-0.2, 0.5)}};
  a.issues = {{"i1", stance(1.0, 0.4)}};
  a.perceives["b"]["d1"] = {0.8, 0.0};
  Actor b{.id = "b", .name = "B", .capability = {3.0, 0.0}};
  b.values = {{"d1", stance(0.4, 0.6)}, {"d2", stance(0.6, 0.2)}};
  b.issues = {{"i1", stance(-0.5, 0.8)}};
  Actor c{.id = "c", .name = "C", .capability = {4.0, 0.0}};
  scenario.actors = {a, b, c};
  scenario.ties = {Tie{.between = {"a", "b"},
                       .flows = {Flow{"a", "b", "help", {0.6, 0.0}, {0.2, 0.0}},
                                 Flow{"b", "a", "cover", {0.3, 0.0}, {0.1, 0.0}}}}};
  scenario.relations = {{{"a", "c"}, {-0.8, 0.0}}, {{"c", "b"}, {-0.4, 0.0}}};
  return scenario;
}

TEST(Alignment, SideTermsMatchHandComputation) {
  const AlignmentResult result = analyze_alignment(three_actors());
  ASSERT_EQ(result.ties.size(), 1u);
  const SideAlignment& a = result.ties[0].sides[0];
  const SideAlignment& b = result.ties[0].sides[1];

  // VA_a = [1.0·(1−0.4) + 0.5·(1−0.8)] / 1.5; perceived uses 0.8 for b on d1.
  EXPECT_NEAR(a.value_agreement, 0.7 / 1.5, tolerance);
  EXPECT_NEAR(a.perceived_value_agreement, 1.1 / 1.5, tolerance);
  EXPECT_NEAR(a.projection_gap, 0.4 / 1.5, tolerance);
  EXPECT_NEAR(b.value_agreement, 0.4 / 0.8, tolerance);
  EXPECT_NEAR(b.projection_gap, 0.0, tolerance);
  EXPECT_NEAR(a.issue_agreement, -0.5, tolerance);
  EXPECT_NEAR(a.exchange, 0.3 - 0.2, tolerance);
  EXPECT_NEAR(b.exchange, 0.6 - 0.1, tolerance);
  EXPECT_NEAR(a.common_threat, 4.0 * 0.4 / (1.0 + 3.0), tolerance);  // c's capability over the pair's
  EXPECT_NEAR(a.power_asymmetry, -0.5, tolerance);
  EXPECT_NEAR(b.power_asymmetry, 0.5, tolerance);
  EXPECT_NEAR(a.issue_cost, 0.25 * 0.4 * 1.5, tolerance);
  EXPECT_NEAR(b.issue_cost, 0.25 * 0.8 * 1.5, tolerance);
  // W = α·VA + EX + β·CT + δ·max(0, −PA) − γ·Σ s|Δ|
  EXPECT_NEAR(a.worth, 1.1 / 1.5 + 0.1 + 0.4 + 0.25 - 0.15, tolerance);
  EXPECT_NEAR(a.revealed_worth, 0.7 / 1.5 + 0.1 + 0.4 + 0.25 - 0.15, tolerance);
  EXPECT_NEAR(b.worth, 0.5 + 0.5 + 0.4 + 0.0 - 0.3, tolerance);
}

TEST(Alignment, BasisSharesArePositiveTermsOverTheirSum) {
  const AlignmentResult result = analyze_alignment(three_actors());
  const Basis& a = result.ties[0].sides[0].basis;
  const double total = 0.7 / 1.5 + 0.1 + 0.4 + 0.25;
  EXPECT_NEAR(a.values, 0.7 / 1.5 / total, tolerance);
  EXPECT_NEAR(a.exchange, 0.1 / total, tolerance);
  EXPECT_NEAR(a.threat, 0.4 / total, tolerance);
  EXPECT_NEAR(a.power, 0.25 / total, tolerance);
  const Basis& b = result.ties[0].sides[1].basis;
  EXPECT_NEAR(b.values, 0.5 / 1.4, tolerance);
  EXPECT_NEAR(b.power, 0.0, tolerance);
}

TEST(Alignment, LargestMeanShareNamesTheTie) {
  // Mean shares: values 0.370 (b only 0.357), threat 0.307 > exchange 0.220 > power 0.103. Values weigh most
  // but fall short of half on both sides, so the largest of the rest names the tie.
  const AlignmentResult result = analyze_alignment(three_actors());
  EXPECT_EQ(result.ties[0].classification, Classification::common_enemy);
  EXPECT_EQ(result.ties[0].reason,
            "common-enemy: shared values carry 37% of the tie but only 36% of b's side; of the rest, a "
            "common threat "
            "carries 31% of the tie (a 33%, b 29%); a believes value agreement is 0.73 but it is 0.47");
}

TEST(Alignment, ValuesShareOfHalfOnBothSidesIsAligned) {
  Scenario scenario = three_actors();
  scenario.relations.clear();                  // no common threat
  scenario.ties[0].flows.clear();              // no exchange
  scenario.actors[1].capability = {1.0, 0.0};  // equals: no power term
  const AlignmentResult result = analyze_alignment(scenario);
  EXPECT_EQ(result.ties[0].classification, Classification::aligned) << result.ties[0].reason;
}

TEST(Alignment, RaisingExchangeTurnsTheTieTransactional) {
  Scenario scenario = three_actors();
  scenario.ties[0].flows[0].value = {3.0, 0.0};
  scenario.ties[0].flows[1].value = {3.0, 0.0};
  EXPECT_EQ(analyze_alignment(scenario).ties[0].classification, Classification::transactional);
}

TEST(Alignment, EnemiesAreHostile) {
  Scenario scenario = three_actors();
  scenario.relations.push_back({{"a", "b"}, {-0.9, 0.0}});
  EXPECT_EQ(analyze_alignment(scenario).ties[0].classification, Classification::hostile);
}

TEST(Alignment, FaultlinesAreRankedBySeverityWithKinds) {
  const AlignmentResult result = analyze_alignment(three_actors());
  const auto& lines = result.ties[0].faultlines;
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[0].on, "i1");  // sqrt(0.4·0.8)·1.5
  EXPECT_EQ(lines[0].kind, FaultlineKind::active);
  EXPECT_NEAR(lines[0].severity, std::sqrt(0.32) * 1.5, tolerance);
  EXPECT_EQ(lines[1].on, "d1");  // a's misreading of b: salience 1.0 · |0.8 − 0.4|
  EXPECT_EQ(lines[1].kind, FaultlineKind::projection);
  EXPECT_EQ(lines[1].holder, "a");
  EXPECT_NEAR(lines[1].severity, 0.4, tolerance);
  EXPECT_EQ(lines[2].on, "d1");  // sqrt(1.0·0.6)·0.4
  EXPECT_NEAR(lines[2].severity, std::sqrt(0.6) * 0.4, tolerance);
  EXPECT_EQ(lines[3].on, "d2");  // joint salience sqrt(0.1) < 0.35: latent
  EXPECT_EQ(lines[3].kind, FaultlineKind::latent);
  EXPECT_NEAR(lines[3].severity, std::sqrt(0.1) * 0.8, tolerance);
}

TEST(Alignment, WeightsAreOptions) {
  AlignmentOptions options;
  options.values_weight = 2.0;
  options.issue_weight = 0.0;
  const SideAlignment a = analyze_alignment(three_actors(), options).ties[0].sides[0];
  EXPECT_NEAR(a.worth, 2.0 * 1.1 / 1.5 + 0.1 + 0.4 + 0.25, tolerance);
}

TEST(Alignment, TieWithUnknownActorIsAnError) {
  Scenario scenario = three_actors();
  scenario.ties[0].between[1] = "ghost";
  EXPECT_THROW((void)analyze_alignment(scenario), Error);
}

}  // namespace
}  // namespace faultline
