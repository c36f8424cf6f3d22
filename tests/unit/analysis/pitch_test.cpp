// Hand-computed checks of the pitch brief's support model and of each clarity answer (docs/pitch.md), on a
// room of three: a champion (a), a budget holder bought with an offer (b) and a sceptic (c), pitched to by p.
#include "faultline/analysis/pitch.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include "faultline/model/error.hpp"

namespace faultline {
namespace {

constexpr double tolerance = 1e-9;

Stance stance(double position, double salience) {
  return {{position, 0.0}, {salience, 0.0}};
}

Topic topic(const char* id) {
  return {id, id, {"no", "yes"}, ""};
}

Scenario small_room() {
  Scenario scenario;
  scenario.id = "room";
  scenario.dimensions = {topic("d1"), topic("d2"), topic("d3"), topic("d4")};
  scenario.issues = {topic("i1"), topic("i2")};
  Actor p{.id = "p", .name = "P", .capability = {1.0, 0.0}};
  p.values = {{"d2", stance(0.9, 0.9)}, {"d4", stance(0.5, 0.5)}};
  p.perceives["b"]["d1"] = {0.7, 0.0};
  Actor a{.id = "a", .name = "A", .capability = {1.0, 0.0}};
  a.values = {
      {"d1", stance(0.6, 0.9)}, {"d2", stance(0.8, 0.3)}, {"d3", stance(0.7, 0.8)}, {"d4", stance(0.5, 0.6)}};
  a.issues = {{"i1", stance(0.4, 0.5)}, {"i2", stance(0.5, 0.2)}};
  Actor b{.id = "b", .name = "B", .capability = {2.0, 0.0}};
  b.values = {{"d1", stance(0.0, 0.5)},
              {"d2", stance(-0.5, 0.2)},
              {"d3", stance(-0.7, 0.1)},
              {"d4", stance(0.3, 0.5)}};
  b.issues = {{"i1", stance(-0.6, 0.6)}, {"i2", stance(-0.5, 0.2)}};
  Actor c{.id = "c", .name = "C", .capability = {1.0, 0.0}};
  c.values = {{"d1", stance(-0.6, 0.8)}, {"d2", stance(0.0, 0.1)}, {"d4", stance(0.6, 0.7)}};
  scenario.actors = {p, a, b, c};
  scenario.relations = {{{"a", "c"}, {0.5, 0.0}}};
  Proposal proposal{.id = "plan", .title = "The plan", .by = "p", .room = {"a", "b", "c"}};
  proposal.asserts = {{"d1", 0.8}, {"i1", 0.6}};
  proposal.offers = {Flow{"p", "b", "a budget line", {0.3, 0.0}, {0.2, 0.0}}};
  proposal.against = Alternative{"the status quo", {{"i1", -0.5}}};
  scenario.proposals = {proposal};
  return scenario;
}

PitchResult brief(const Scenario& scenario) {
  return brief_pitch(scenario, PitchOptions{.proposal = "plan"});
}

const PitchMember& member(const PitchResult& result, const std::string& id) {
  return *std::find_if(result.members.begin(), result.members.end(),
                       [&](const PitchMember& m) { return m.support.id == id; });
}

TEST(PitchSupport, MembersMatchHandComputation) {
  const PitchResult result = brief(small_room());
  // a: [d1 s 0.9 · (1 − |0.6 − 0.8|) + i1 s 0.5 · (1 − |0.4 − 0.6|)] / attention max(1, 0.9 + 0.5)
  const MemberSupport& a = member(result, "a").support;
  EXPECT_NEAR(a.attention, 1.4, tolerance);
  EXPECT_NEAR(a.from_values, (0.9 * 0.8 + 0.5 * 0.8) / 1.4, tolerance);
  EXPECT_NEAR(a.losses, 0.0, tolerance);
  EXPECT_NEAR(a.support, 0.8, tolerance);
  EXPECT_EQ(a.stance, PitchStance::champion);
  // b (attention 1.1): d1 0.5 · 0.2 gained; i1 agreement 1 − 1.2 = −0.2 costs λ·0.6·0.2; the offer adds 0.3.
  const MemberSupport& b = member(result, "b").support;
  EXPECT_NEAR(b.from_values, 0.1 / 1.1, tolerance);
  EXPECT_NEAR(b.from_offers, 0.3, tolerance);
  EXPECT_NEAR(b.losses, 2.0 * 0.6 * 0.2 / 1.1, tolerance);
  EXPECT_NEAR(b.support, 0.3 - 0.14 / 1.1, tolerance);
  EXPECT_EQ(b.stance, PitchStance::supporter);
  // c holds no stance on i1: only d1 counts, agreement 1 − 1.4 = −0.4; attention max(1, 0.8) = 1.
  const MemberSupport& c = member(result, "c").support;
  ASSERT_EQ(c.topics.size(), 1u);
  EXPECT_NEAR(c.losses, 2.0 * 0.8 * 0.4, tolerance);
  EXPECT_NEAR(c.support, -0.64, tolerance);
  EXPECT_EQ(c.stance, PitchStance::blocker);
}

TEST(PitchSupport, RoomTotalsAndMissionaryShare) {
  const PitchResult result = brief(small_room());
  const double b = 0.3 - 0.14 / 1.1;
  EXPECT_NEAR(result.support.weighted, (0.8 + 2 * b - 0.64) / 4.0, tolerance);
  EXPECT_NEAR(result.support.minimum, -0.64, tolerance);
  EXPECT_NEAR(result.support.total, 0.8 + b - 0.64, tolerance);
  EXPECT_NEAR(result.missionary_share, (0.8 + 0.1 / 1.1) / (0.8 + 0.1 / 1.1 + 0.3), tolerance);
}

TEST(PitchSupport, ExpectedSupportUsesTheProposersPerceptions) {
  const PitchResult result = brief(small_room());
  // p believes b sits at +0.7 on d1: (0.5 · 0.9 − 0.24) / 1.1 + 0.3.
  EXPECT_NEAR(member(result, "b").expected_support, (0.45 - 0.24) / 1.1 + 0.3, tolerance);
  EXPECT_NEAR(member(result, "a").expected_support, 0.8, tolerance);
}

TEST(PitchSupport, ABoughtYesIsNotAChampion) {
  Scenario scenario = small_room();
  scenario.proposals[0].offers.push_back(Flow{"p", "b", "a seat on the board", {1.0, 0.0}, {0.5, 0.0}});
  const MemberSupport b = member(brief(scenario), "b").support;
  EXPECT_GE(b.support, SupportOptions{}.champion);
  EXPECT_EQ(b.stance, PitchStance::supporter);
}

TEST(PitchFollowUp, EachPressureMatchesHandComputation) {
  const PitchResult result = brief(small_room());
  EXPECT_EQ(result.sceptic, "c");
  const FollowUp& b = member(result, "b").follow_up;
  EXPECT_NEAR(b.offers_cut, (0.1 - 0.24) / 1.1 + 0.15, tolerance);
  // i1 salience 0.6 + 0.3: attention 1.4, loss λ · 0.9 · 0.2.
  EXPECT_NEAR(b.costs_show, (0.1 - 2.0 * 0.9 * 0.2) / 1.4 + 0.3, tolerance);
  // No relation b–c: default trust 0.3; d1 moves 0.3 · 0.3 · (−0.6 − 0).
  const double b_d1 = -0.054;
  EXPECT_NEAR(b.push_back, (0.5 * (1 - (0.8 - b_d1)) - 0.24) / 1.1 + 0.3, tolerance);
  EXPECT_NEAR(b.kept, (0.5 * (1 - (0.8 - b_d1)) - 0.36) / 1.4 + 0.15, tolerance);
  EXPECT_EQ(b.outcome, FollowThrough::ghosts);
  // a trusts c at 0.5: d1 moves 0.3 · 0.5 · (−0.6 − 0.6) = −0.18.
  const FollowUp& a = member(result, "a").follow_up;
  EXPECT_NEAR(a.push_back, (0.9 * (1 - 0.38) + 0.4) / 1.4, tolerance);
  EXPECT_EQ(a.outcome, FollowThrough::holds);
  EXPECT_EQ(member(result, "c").follow_up.outcome, FollowThrough::not_won);
  EXPECT_NEAR(member(result, "c").follow_up.costs_show, -2.0 * 1.0 * 0.4, tolerance);
}

TEST(PitchFollowUp, AMemberWhoLosesOnItsSalientTopicResists) {
  Scenario scenario = small_room();
  scenario.proposals[0].offers.clear();
  // b agrees on d1 enough to nod without an offer ((0.9 − 2 · 0.5 · 0.6) / 1.4), but loses on i1 once its
  // cost shows up (salience 0.5 + 0.3).
  scenario.actors[2].values["d1"] = stance(0.8, 0.9);
  scenario.actors[2].issues["i1"] = stance(-1.0, 0.5);
  const PitchResult result = brief(scenario);
  EXPECT_NEAR(member(result, "b").support.support, 0.3 / 1.4, tolerance);
  const FollowUp& b = member(result, "b").follow_up;
  EXPECT_NEAR(b.costs_show, (0.9 - 2.0 * 0.8 * 0.6) / 1.7, tolerance);
  EXPECT_EQ(b.outcome, FollowThrough::resists);
}

TEST(PitchFollowUp, AMemberWhoTrustsTheScepticDrifts) {
  Scenario scenario = small_room();
  // b agrees on d1 (0.4) and i1 (0.6) and loses nowhere: 0.5 · 0.6 + 0.2 · 1 + the offer 0.3.
  scenario.actors[2].values["d1"] = stance(0.4, 0.5);
  scenario.actors[2].issues["i1"] = stance(0.6, 0.2);
  scenario.relations.push_back({{"b", "c"}, {1.0, 0.0}});
  PitchOptions options{.proposal = "plan"};
  options.follow_up.push_back = 1.0;  // b takes over the sceptic's d1 (−0.6): agreement −0.4
  const PitchResult result = brief_pitch(scenario, options);
  EXPECT_NEAR(member(result, "b").support.support, 0.8, tolerance);
  const FollowUp& b = member(result, "b").follow_up;
  EXPECT_NEAR(b.push_back, 0.2 - 2.0 * 0.5 * 0.4 + 0.3, tolerance);
  EXPECT_NEAR(b.costs_show, 0.8, tolerance);  // nothing to lose, nothing grows salient
  EXPECT_EQ(b.outcome, FollowThrough::drifts);
}

TEST(PitchBeliefs, TheBestShiftIsHandComputed) {
  const PitchResult result = brief(small_room());
  ASSERT_TRUE(result.beliefs.shift.has_value());
  const BeliefShift& shift = *result.beliefs.shift;
  // c on d1 from −0.6 to −0.1: loss 0.64 becomes a gain of 0.8 · 0.1 (attention 1); weight 1 of 4.
  EXPECT_EQ(shift.member, "c");
  EXPECT_EQ(shift.topic, "d1");
  EXPECT_NEAR(shift.from, -0.6, tolerance);
  EXPECT_NEAR(shift.to, -0.1, tolerance);
  EXPECT_NEAR(shift.member_gain, 0.72, tolerance);
  EXPECT_NEAR(shift.room_gain, 0.18, tolerance);
  ASSERT_TRUE(result.beliefs.misreading.has_value());
  EXPECT_EQ(result.beliefs.misreading->member, "b");
  EXPECT_NEAR(result.beliefs.misreading->believed, 0.7, tolerance);
  const TopicReading& d1 = result.beliefs.topics.front();
  EXPECT_EQ(d1.agree, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(d1.disagree, (std::vector<std::string>{"c"}));
  EXPECT_NEAR(d1.room_position, (0.9 * 0.6 + 0.5 * 0.0 - 0.8 * 0.6) / 2.2, tolerance);
}

TEST(PitchBeliefs, ShiftFollowsTheRoomsCapability) {
  Scenario scenario = small_room();
  scenario.actors[2].capability = {10.0, 0.0};  // b: 10 · 0.25 / 1.1 / 12 now beats c: 0.72 / 12
  const PitchResult result = brief(scenario);
  ASSERT_TRUE(result.beliefs.shift.has_value());
  EXPECT_EQ(result.beliefs.shift->member, "b");
}

TEST(PitchUnaddressed, TheMostSevereActiveFaultlineIsNamed) {
  const PitchResult result = brief(small_room());
  ASSERT_FALSE(result.unaddressed.faultlines.empty());
  const UnaddressedFaultline& top = result.unaddressed.faultlines.front();
  EXPECT_EQ(top.topic, "d2");
  EXPECT_EQ(top.between, (std::array<std::string, 2>{"p", "b"}));
  EXPECT_NEAR(top.severity, std::sqrt(0.9 * 0.2) * 1.4, tolerance);
  EXPECT_EQ(top.kind, FaultlineKind::active);
  for (const auto& line : result.unaddressed.faultlines) {
    EXPECT_NE(line.topic, "d1");  // asserted topics are addressed
    EXPECT_NE(line.topic, "i1");
  }
  EXPECT_NE(result.unaddressed.answer.find("d2"), std::string::npos);
}

TEST(PitchUnaddressed, RaisingASalienceMakesItTheAnswer) {
  Scenario scenario = small_room();
  scenario.actors[2].values["d3"] = stance(-0.7, 1.0);  // b now cares about d3, where a is far off
  const PitchResult result = brief(scenario);
  const UnaddressedFaultline& top = result.unaddressed.faultlines.front();
  EXPECT_EQ(top.topic, "d3");
  EXPECT_EQ(top.between, (std::array<std::string, 2>{"a", "b"}));
  EXPECT_NEAR(top.severity, std::sqrt(0.8) * 1.4, tolerance);
  EXPECT_NE(result.unaddressed.answer.find("d3"), std::string::npos);
}

TEST(PitchRisk, TheLargestUncoveredLossGetsTheCheaperRemedy) {
  const PitchResult result = brief(small_room());
  const EmotionalRisk& risk = result.risk;
  ASSERT_EQ(risk.losses.size(), 2u);
  EXPECT_EQ(risk.losses[0].member, "c");
  EXPECT_TRUE(risk.losses[1].covered);  // b's offer (0.3) covers its loss (0.24 / 1.1)
  ASSERT_TRUE(risk.target.has_value());
  EXPECT_EQ(risk.target->member, "c");
  // Softening d1 to −0.6 + 1 = 0.4 leaves a's gain as it was (0.2 away either way) and lifts b's from
  // 0.5 · 0.2 / 1.1 to 0.5 · 0.6 / 1.1.
  EXPECT_NEAR(risk.assurance.position, 0.4, tolerance);
  EXPECT_NEAR(risk.assurance.price, 0.0, tolerance);
  EXPECT_NEAR(risk.assurance.room_gain, (2 * 0.2 / 1.1 + 0.64) / 4, tolerance);
  EXPECT_NEAR(risk.offer.value, 0.64, tolerance);
  EXPECT_NEAR(risk.offer.cost, 0.64 * 0.2 / 0.3, tolerance);
  EXPECT_EQ(risk.advice, Remedy::assurance);
}

TEST(PitchRisk, AnOfferThatCoversALossMovesTheAdvice) {
  Scenario scenario = small_room();
  scenario.proposals[0].offers[0].value = {0.2, 0.0};  // b's loss 0.24 / 1.1 is no longer covered
  ASSERT_EQ(brief(scenario).risk.target->member, "c");
  scenario.proposals[0].offers.push_back(Flow{"p", "c", "a veto on hiring", {0.7, 0.0}, {0.1, 0.0}});
  const EmotionalRisk risk = brief(scenario).risk;
  ASSERT_TRUE(risk.target.has_value());
  EXPECT_EQ(risk.target->member, "b");
  EXPECT_EQ(risk.target->topic, "i1");
  EXPECT_NEAR(risk.offer.value, 0.24 / 1.1 - 0.2, tolerance);
}

TEST(PitchRisk, ACostlyAssuranceLosesToAnOffer) {
  Scenario scenario = small_room();
  scenario.actors[1].values["d1"] = stance(0.8, 1.0);  // a now loses much when d1 softens
  scenario.proposals[0].offers[0].cost = {0.0, 0.0};   // and offers cost the proposer nothing
  const EmotionalRisk risk = brief(scenario).risk;
  EXPECT_GT(risk.assurance.price, 0.0);
  EXPECT_EQ(risk.advice, Remedy::offer);
}

TEST(PitchFalseChoice, TheThirdOptionBeatsBothSidesOfTheFraming) {
  const PitchResult result = brief(small_room());
  const FalseChoice& choice = result.false_choice;
  ASSERT_TRUE(choice.framed);
  // The status quo: a i1 agreement 1 − 0.9 = 0.1; b 1 − 0.1; c indifferent.
  EXPECT_NEAR(choice.against_support.weighted, (0.5 * 0.1 + 2 * 0.6 * 0.9) / 4, tolerance);
  ASSERT_TRUE(choice.weighted && choice.maximin);
  EXPECT_TRUE(choice.weighted->improves);
  EXPECT_GT(choice.weighted->support.weighted, choice.proposal_support.weighted);
  EXPECT_GT(choice.maximin->support.minimum, choice.proposal_support.minimum);
  EXPECT_TRUE(choice.maximin->improves);
}

TEST(PitchFalseChoice, NoFramingNoSearch) {
  Scenario scenario = small_room();
  scenario.proposals[0].against.reset();
  const FalseChoice choice = brief(scenario).false_choice;
  EXPECT_FALSE(choice.framed);
  EXPECT_FALSE(choice.weighted.has_value());
}

// Random rooms: whatever the search finds is never worse than the proposal on its objective.
TEST(PitchFalseChoice, TheThirdOptionIsNeverWorseThanTheProposal) {
  std::mt19937 rng{20250605};
  std::uniform_real_distribution<double> position{-1.0, 1.0};
  std::uniform_real_distribution<double> unit{0.0, 1.0};
  for (int trial = 0; trial < 40; ++trial) {
    Scenario scenario = small_room();
    for (Actor& actor : scenario.actors) {
      for (auto* stances : {&actor.values, &actor.issues}) {
        for (auto& [id, held] : *stances) held = stance(position(rng), unit(rng));
      }
      actor.capability = {unit(rng), 0.0};
    }
    scenario.proposals[0].asserts = {{"d1", position(rng)}, {"i1", position(rng)}, {"d3", position(rng)}};
    scenario.proposals[0].against = Alternative{"other", {{"i1", position(rng)}, {"i2", position(rng)}}};
    const FalseChoice choice = brief(scenario).false_choice;
    EXPECT_GE(choice.weighted->support.weighted, choice.proposal_support.weighted - tolerance) << trial;
    EXPECT_GE(choice.maximin->support.minimum, choice.proposal_support.minimum - tolerance) << trial;
  }
}

TEST(PitchSharedFuture, TheRoomConvergesOnD4) {
  const PitchResult result = brief(small_room());
  ASSERT_EQ(result.future.dimensions.size(), 1u);
  const SharedDimension& d4 = result.future.dimensions.front();
  EXPECT_EQ(d4.dimension, "d4");
  EXPECT_NEAR(d4.spread, 0.3, tolerance);
  EXPECT_NEAR(d4.room_position, 1.4 / 3, tolerance);
  EXPECT_NEAR(d4.room_salience, 0.6, tolerance);
  EXPECT_TRUE(d4.proposer_shares);
  EXPECT_FALSE(d4.asserted.has_value());
}

TEST(PitchSharedFuture, NoSharedDimensionMeansATransactionalYes) {
  Scenario scenario = small_room();
  scenario.actors[3].values["d4"] = stance(-0.5, 0.7);
  const PitchResult result = brief(scenario);
  EXPECT_TRUE(result.future.dimensions.empty());
  EXPECT_NE(result.future.answer.find("transactional"), std::string::npos);
}

TEST(Pitch, TheRoomOptionOverridesTheProposalsRoom) {
  const PitchResult result = brief_pitch(small_room(), PitchOptions{.proposal = "plan", .room = {"b", "a"}});
  ASSERT_EQ(result.members.size(), 2u);
  EXPECT_EQ(result.members[0].support.id, "b");
}

TEST(Pitch, AnEmptyProposalWinsNothingAndStillAnswers) {
  Scenario scenario = small_room();
  scenario.proposals[0].asserts.clear();
  scenario.proposals[0].offers.clear();
  scenario.proposals[0].against.reset();
  const PitchResult result = brief(scenario);
  for (const PitchMember& m : result.members) EXPECT_NEAR(m.support.support, 0.0, tolerance);
  EXPECT_NEAR(result.missionary_share, 0.0, tolerance);
  EXPECT_FALSE(result.beliefs.shift.has_value());
  EXPECT_FALSE(result.risk.target.has_value());
  for (const std::string* answer : {&result.beliefs.answer, &result.unaddressed.answer, &result.risk.answer,
                                    &result.false_choice.answer, &result.future.answer, &result.summary}) {
    EXPECT_FALSE(answer->empty());
  }
}

TEST(Pitch, BadArgumentsAreErrors) {
  EXPECT_THROW((void)brief_pitch(small_room(), PitchOptions{.proposal = "nope"}), Error);
  EXPECT_THROW((void)brief_pitch(small_room(), PitchOptions{.proposal = "plan", .room = {"zed"}}), Error);
  EXPECT_THROW((void)brief_pitch(small_room(), PitchOptions{.proposal = "plan", .room = {"p"}}), Error);
}

}  // namespace
}  // namespace faultline
