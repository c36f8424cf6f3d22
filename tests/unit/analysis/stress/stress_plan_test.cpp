// The compiled plan means what the scenario means: on the deterministic path, each step's worth is the
// alignment analysis's worth of the scenario as of that step's date (timeline.cpp is the one definition of
// every effect; the plan must agree with it).
#include "faultline/analysis/stress_plan.hpp"

#include <gtest/gtest.h>

#include "faultline/analysis/alignment.hpp"
#include "faultline/analysis/dynamics.hpp"
#include "faultline/analysis/timeline.hpp"
#include "faultline/model/error.hpp"
#include "single_precision.hpp"
#include "stress_fixtures.hpp"

namespace faultline {
namespace {

using stress_testing::day;
using stress_testing::pair_scenario;

Change delta(double amount) {
  return {Change::Mode::delta, amount};
}
Change set(double amount) {
  return {Change::Mode::set, amount};
}

Scenario eventful_scenario() {
  Scenario scenario = pair_scenario();
  scenario.dimensions.push_back({"e", "E", {"-", "+"}, ""});
  scenario.events = {
      Event{day("2025-02-03"), "flows move", {FlowEffect{"b", "a", delta(-0.2), set(0.3)}}},
      Event{day("2025-03-10"),
            "a takes up a new dimension, b too",
            {StanceEffect{"a", TopicKind::dimension, "e", delta(0.9), delta(0.7)},
             StanceEffect{"b", TopicKind::dimension, "e", delta(-0.9), delta(0.2)}}},
      Event{day("2025-04-01"), "truth out", {RevealEffect{"b", TopicKind::dimension, "d"}}},
      Event{day("2025-05-05"),
            "c makes peace with a; b and a fall out",
            {RelationEffect{{"c", "a"}, set(0.2)}, RelationEffect{{"a", "b"}, delta(-0.5)}}},
      Event{day("2025-06-01"),
            "issue heats up",
            {StanceEffect{"b", TopicKind::issue, "i", delta(2.0), delta(0.5)}}},
      Event{day("2025-01-20"),
            "earlier in time, later in the file",
            {FlowEffect{"a", "b", set(1.5), std::nullopt}}},
  };
  return scenario;
}

TEST(StressPlan, DeterministicPathEqualsTheAlignmentAnalysisAtEveryStep) {
  const Scenario scenario = eventful_scenario();
  const StressPlan plan = compile_stress_plan(scenario, scenario.time.start, scenario.time.end);
  const auto path = worth_path(plan, DynamicsOptions::deterministic(), AlignmentOptions{}, 1, 0);
  ASSERT_EQ(path.size(), 1U);
  ASSERT_EQ(path[0].size(), static_cast<std::size_t>(plan.steps + 1));
  for (int step = 0; step <= plan.steps; ++step) {
    const Date date = plan.date_of_step(step);
    const AlignmentResult expected = analyze_alignment(state_as_of(scenario, date));
    for (int side = 0; side < 2; ++side) {
      EXPECT_NEAR(path[0][static_cast<std::size_t>(step)][static_cast<std::size_t>(side)],
                  expected.ties[0].sides[static_cast<std::size_t>(side)].worth, single_precision_tolerance)
          << "step " << step << " (" << date.to_iso() << "), side " << side;
    }
  }
}

TEST(StressPlan, WorthAtTheStartIsTheHandComputedWorth) {
  const Scenario scenario = pair_scenario();
  const StressPlan plan = compile_stress_plan(scenario, scenario.time.start, scenario.time.end);
  const auto path = worth_path(plan, DynamicsOptions::deterministic(), AlignmentOptions{}, 1, 0);
  EXPECT_NEAR(path[0][0][0], 1.4, single_precision_tolerance);
  EXPECT_NEAR(path[0][0][1], 1.5, single_precision_tolerance);
  // No events and no noise: the path stays exactly where it started.
  EXPECT_EQ(path[0].back()[0], path[0][0][0]);
  EXPECT_EQ(path[0].back()[1], path[0][0][1]);
}

TEST(StressPlan, StepsCoverTheRangeAndEventsFallInTheirStep) {
  const Scenario scenario = pair_scenario();
  const StressPlan plan = compile_stress_plan(scenario, day("2025-01-01"), day("2025-01-15"));
  EXPECT_EQ(plan.steps, 2);
  EXPECT_EQ(plan.step_of(day("2024-12-01")), 0);
  EXPECT_EQ(plan.step_of(day("2025-01-01")), 0);
  EXPECT_EQ(plan.step_of(day("2025-01-02")), 1);
  EXPECT_EQ(plan.step_of(day("2025-01-08")), 1);
  EXPECT_EQ(plan.step_of(day("2025-01-09")), 2);
  EXPECT_EQ(plan.date_of_step(2), day("2025-01-15"));
}

TEST(StressPlan, ObservedEndCensorsTheTie) {
  Scenario scenario = pair_scenario();
  scenario.events = {Event{day("2025-03-01"), "the break", {TieEndEffect{{"b", "a"}}}}};
  const StressPlan plan = compile_stress_plan(scenario, scenario.time.start, scenario.time.end);
  EXPECT_EQ(plan.ties[0].censor_step, plan.step_of(day("2025-03-01")));
  EXPECT_EQ(plan.ties[0].observed_end, day("2025-03-01"));
}

TEST(StressPlan, UnknownFlowIsAnError) {
  Scenario scenario = pair_scenario();
  scenario.events = {Event{day("2025-03-01"), "bad", {FlowEffect{"a", "c", delta(1.0), std::nullopt}}}};
  EXPECT_THROW((void)compile_stress_plan(scenario, scenario.time.start, scenario.time.end), Error);
}

}  // namespace
}  // namespace faultline
