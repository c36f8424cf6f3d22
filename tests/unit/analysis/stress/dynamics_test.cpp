// The processes of one run, each against its closed form.
#include "faultline/analysis/dynamics.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "single_precision.hpp"
#include "stress_fixtures.hpp"

namespace faultline {
namespace {

using stress_testing::day;
using stress_testing::pair_scenario;

TEST(Dynamics, ExitRateIsBaseRateAtThresholdAndGrowsByEPerTau) {
  DynamicsOptions dynamics;
  dynamics.base_hazard = 0.2;
  dynamics.tau_calm = 0.3;
  dynamics.tau_volatile = 0.1;
  EXPECT_DOUBLE_EQ(exit_rate(dynamics, 0.5, 0.5, 0.0), 0.2);
  EXPECT_NEAR(exit_rate(dynamics, 0.2, 0.5, 0.0), 0.2 * std::exp(1.0), 1e-12);  // τ = 0.3 at volatility 0
  EXPECT_NEAR(exit_rate(dynamics, 0.4, 0.5, 1.0), 0.2 * std::exp(1.0), 1e-12);  // τ = 0.1 at volatility 1
  EXPECT_NEAR(exit_rate(dynamics, 0.3, 0.5, 0.5), 0.2 * std::exp(1.0), 1e-12);  // τ = 0.2 halfway
  EXPECT_LT(exit_rate(dynamics, 1.5, 0.5, 0.5), 0.2 * std::exp(-4.9));          // well above: negligible
  EXPECT_TRUE(std::isfinite(exit_rate(dynamics, -1e9, 0.5, 1.0)));
}

TEST(Dynamics, FlowsHalveOverOneHalfLife) {
  Scenario scenario = pair_scenario();
  scenario.time.end = day("2026-01-01");
  scenario.time.step_days = days_per_year / 52.0;  // 52 steps to the year
  const StressPlan plan =
      compile_stress_plan(scenario, scenario.time.start, add_days(scenario.time.start, 365));
  DynamicsOptions dynamics = DynamicsOptions::deterministic();
  dynamics.flow_half_life_years = 1.0;
  RunState state = make_run_state(plan);
  RunRng rng{1, 0};
  start_run(plan, dynamics, state, rng);
  for (int step = 1; step <= 52; ++step) advance_run(plan, dynamics, step, state, rng);
  const double value = state.values[static_cast<std::size_t>(plan.layout.flow_value)];
  EXPECT_NEAR(value, 0.3, single_precision_tolerance);  // 0.6 after one year at a one-year half-life
}

TEST(Dynamics, SalienceWalkSpreadsAtItsSdPerSquareRootYear) {
  // a's salience on the issue starts at 0.4, far from 0 and 1 for a year of weekly coin steps of 0.1·√Δt:
  // across runs its sd after 52 steps is 0.1·√(52 weeks in years).
  const Scenario scenario = pair_scenario();
  const StressPlan plan = compile_stress_plan(scenario, scenario.time.start, scenario.time.end);
  DynamicsOptions dynamics = DynamicsOptions::deterministic();
  dynamics.salience_walk_sd = 0.1;
  const auto slot = static_cast<std::size_t>(plan.layout.stance(plan.layout.salience, 0, 1));  // a, issue i
  RunState state = make_run_state(plan);
  double sum = 0.0;
  double squares = 0.0;
  constexpr int runs = 4000;
  for (int run = 0; run < runs; ++run) {
    RunRng rng{4, static_cast<std::uint64_t>(run)};
    start_run(plan, dynamics, state, rng);
    for (int step = 1; step <= 52; ++step) advance_run(plan, dynamics, step, state, rng);
    const double salience = state.values[slot];
    sum += salience;
    squares += salience * salience;
  }
  const double mean = sum / runs;
  const double sd = std::sqrt(squares / runs - mean * mean);
  EXPECT_NEAR(mean, 0.4, 0.005);
  EXPECT_NEAR(sd, 0.1 * std::sqrt(52 * plan.step_years()), 0.005);
}

TEST(Dynamics, PerceptionsConvergeTowardsTheTruthAtTheirRate) {
  const Scenario scenario = pair_scenario();
  const StressPlan plan = compile_stress_plan(scenario, scenario.time.start, scenario.time.end);
  DynamicsOptions dynamics = DynamicsOptions::deterministic();
  dynamics.perception_rate = 2.0;
  RunState state = make_run_state(plan);
  RunRng rng{1, 0};
  start_run(plan, dynamics, state, rng);
  for (int step = 1; step <= plan.steps; ++step) advance_run(plan, dynamics, step, state, rng);
  ASSERT_EQ(plan.perceptions.size(), 1U);  // a believes b holds 0.8 on d; the truth is 0.4
  const double years = plan.steps * plan.step_years();
  const double expected = 0.4 + (0.8 - 0.4) * std::exp(-2.0 * 1.0 * years);  // a's salience on d is 1
  EXPECT_NEAR(state.values[static_cast<std::size_t>(plan.perceptions[0].perceived)], expected,
              single_precision_tolerance);
}

TEST(Dynamics, RevelationsComeAtTheirRate) {
  // a's one misperception (salience 1 on d, which does not walk here) is revealed at ρ·1 per year: after k
  // steps the share of runs that have seen the truth is 1 − e^(−ρ·k·Δt), whether revelations are drawn step
  // by step or, as here, as one Exp(1) level against the integrated hazard.
  const Scenario scenario = pair_scenario();
  const StressPlan plan = compile_stress_plan(scenario, scenario.time.start, scenario.time.end);
  ASSERT_EQ(plan.perceptions.size(), 1U);
  DynamicsOptions dynamics = DynamicsOptions::deterministic();
  dynamics.revelation_rate = 1.5;
  const auto flag = static_cast<std::size_t>(plan.perceptions[0].has_perception);
  constexpr int runs = 20000;
  const int steps = std::min(plan.steps, 26);
  std::vector<int> revealed(static_cast<std::size_t>(steps) + 1, 0);
  RunState state = make_run_state(plan);
  for (int run = 0; run < runs; ++run) {
    RunRng rng{5, static_cast<std::uint64_t>(run)};
    start_run(plan, dynamics, state, rng);
    for (int step = 1; step <= steps; ++step) {
      advance_run(plan, dynamics, step, state, rng);
      if (state.values[flag] == 0.0F) ++revealed[static_cast<std::size_t>(step)];
    }
  }
  for (const int k : {1, 4, 13, steps}) {
    const double expected = 1.0 - std::exp(-1.5 * k * plan.step_years());
    const double share = static_cast<double>(revealed[static_cast<std::size_t>(k)]) / runs;
    const double error = std::sqrt(expected * (1.0 - expected) / runs);
    EXPECT_NEAR(share, expected, 4.0 * error + 1e-9) << "after " << k << " steps";
  }
}

TEST(Dynamics, OverwhelmingThresholdBreaksEveryTieAtTheFirstStep) {
  const Scenario scenario = pair_scenario(100.0);
  const StressPlan plan = compile_stress_plan(scenario, scenario.time.start, scenario.time.end);
  RunState state = make_run_state(plan);
  std::vector<TieOutcome> outcomes(1);
  for (std::uint64_t run = 0; run < 100; ++run) {
    simulate_run(plan, DynamicsOptions{}, AlignmentOptions{}, 7, run, state, outcomes);
    EXPECT_EQ(outcomes[0].fracture_step, 1);
  }
}

TEST(Dynamics, TheChangeThatLoweredWorthMostIsTheTrigger) {
  // a's worth falls from 1.4 to 1.05 on 2 June: −0.3 for the lost help, −0.25·0.1·2 = −0.05 for the issue.
  Scenario scenario = pair_scenario(1.2);
  scenario.events = {
      Event{day("2025-06-02"),
            "b stops helping; the issue warms",
            {FlowEffect{"b", "a", Change{Change::Mode::set, 0.0}, std::nullopt},
             StanceEffect{"a", TopicKind::issue, "i", std::nullopt, Change{Change::Mode::delta, 0.1}}}}};
  const StressPlan plan = compile_stress_plan(scenario, scenario.time.start, scenario.time.end);
  RunState state = make_run_state(plan);
  std::vector<TieOutcome> outcomes(1);
  DynamicsOptions dynamics = DynamicsOptions::deterministic();
  dynamics.base_hazard = 1.0;
  int after_the_event = 0;
  for (std::uint64_t run = 0; run < 200; ++run) {
    simulate_run(plan, dynamics, AlignmentOptions{}, 3, run, state, outcomes);
    if (outcomes[0].fracture_step < plan.step_of(day("2025-06-02")) || outcomes[0].leaver != 0) continue;
    ++after_the_event;
    const TriggerLabel& trigger = plan.trigger_labels[static_cast<std::size_t>(outcomes[0].trigger)];
    EXPECT_EQ(trigger.what, "flow:b->a");
    EXPECT_EQ(trigger.cause, "b stops helping; the issue warms");
  }
  EXPECT_GT(after_the_event, 100);
}

}  // namespace
}  // namespace faultline
