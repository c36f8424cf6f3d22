// Properties of the Monte-Carlo ensemble with known answers: determinism over threads, the closed form of a
// constant hazard, monotonicity, and independence of the step size.
#include "faultline/analysis/monte_carlo.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "faultline/analysis/stress.hpp"
#include "stress_fixtures.hpp"

namespace faultline {
namespace {

using stress_testing::day;
using stress_testing::noisy_pair_scenario;
using stress_testing::pair_scenario;

TEST(MonteCarlo, TalliesAreIdenticalForAnyNumberOfThreads) {
  const Scenario scenario = noisy_pair_scenario(1.3);
  const StressPlan plan = compile_stress_plan(scenario, scenario.time.start, scenario.time.end);
  const auto run = [&](int threads) {
    return run_ensemble(plan, DynamicsOptions{}, AlignmentOptions{},
                        EnsembleSpec{.seed = 11, .first_run = 0, .runs = 3001, .threads = threads});
  };
  const EnsembleTally one = run(1);
  const EnsembleTally three = run(3);
  EXPECT_EQ(one.runs, 3001U);
  EXPECT_EQ(one.ties[0].fractures_at, three.ties[0].fractures_at);
  EXPECT_EQ(one.ties[0].leavers, three.ties[0].leavers);
  EXPECT_EQ(one.ties[0].triggers, three.ties[0].triggers);
  std::uint64_t broken = 0;
  for (auto count : one.ties[0].fractures_at) broken += count;
  EXPECT_GT(broken, 0U);  // the comparison compares something
}

TEST(MonteCarlo, SlicesOfAnEnsembleMergeToTheWhole) {
  const Scenario scenario = noisy_pair_scenario(1.3);
  const StressPlan plan = compile_stress_plan(scenario, scenario.time.start, scenario.time.end);
  const auto slice = [&](std::uint64_t first, std::uint64_t runs) {
    return run_ensemble(plan, DynamicsOptions{}, AlignmentOptions{},
                        EnsembleSpec{.seed = 5, .first_run = first, .runs = runs, .threads = 1});
  };
  EnsembleTally merged = slice(0, 700);
  merged.merge(slice(700, 1300));
  const EnsembleTally whole = slice(0, 2000);
  EXPECT_EQ(merged.runs, whole.runs);
  EXPECT_EQ(merged.ties[0].fractures_at, whole.ties[0].fractures_at);
}

TEST(MonteCarlo, OneStepHazardMatchesTheClosedForm) {
  // Both sides sit exactly at their thresholds, so each leaves at the base rate: over one week
  // P = 1 − exp(−2 λ0 Δt).
  Scenario scenario = pair_scenario();
  scenario.actors[0].threshold.value = 1.4;
  scenario.actors[1].threshold.value = 1.5;
  StressOptions options;
  options.runs = 20000;
  options.seed = 42;
  options.horizon = day("2025-01-08");
  options.dynamics = DynamicsOptions::deterministic();
  options.dynamics.base_hazard = 10.0;
  const StressResult result = run_stress(scenario, options);
  const double expected = 1.0 - std::exp(-2.0 * 10.0 * 7.0 / days_per_year);
  const TieForecast& tie = result.ties[0];
  EXPECT_LE(tie.ci95[0], expected);
  EXPECT_GE(tie.ci95[1], expected);
  EXPECT_NEAR(tie.first_to_leave[0], 0.5, 0.03);  // equal rates: either side equally likely first
}

TEST(MonteCarlo, DeterministicPathWithAConstantHazardFollowsTheExponential) {
  Scenario scenario = pair_scenario();
  scenario.actors[0].threshold.value = 1.4;
  scenario.actors[1].threshold.value = 1.5;
  StressOptions options;
  options.runs = 20000;
  options.dynamics = DynamicsOptions::deterministic();
  options.dynamics.base_hazard = 0.5;
  const StressResult result = run_stress(scenario, options);
  const TieForecast& tie = result.ties[0];
  const double years = static_cast<double>(result.ties[0].survival.size() - 1) * 7.0 / days_per_year;
  const double expected = 1.0 - std::exp(-2.0 * 0.5 * years);
  EXPECT_LE(tie.ci95[0], expected);
  EXPECT_GE(tie.ci95[1], expected);
}

TEST(MonteCarlo, FractureIsMonotoneInTheThreshold) {
  double previous = -1.0;
  for (double threshold : {0.8, 1.1, 1.3, 1.5, 1.7}) {
    StressOptions options;
    options.runs = 2000;
    const StressResult result = run_stress(noisy_pair_scenario(threshold), options);
    EXPECT_GE(result.ties[0].p_fracture, previous) << "threshold " << threshold;
    previous = result.ties[0].p_fracture;
  }
  EXPECT_GT(previous, 0.5);
}

TEST(MonteCarlo, WeeklyAndDailyStepsAgreeWithinMonteCarloError) {
  Scenario weekly = noisy_pair_scenario(1.35);
  Scenario daily = weekly;
  daily.time.step_days = 1.0;
  StressOptions options;
  options.runs = 20000;
  options.threads = 2;
  const double p_weekly = run_stress(weekly, options).ties[0].p_fracture;
  const double p_daily = run_stress(daily, options).ties[0].p_fracture;
  const double p = (p_weekly + p_daily) / 2;
  const double se = std::sqrt(p * (1 - p) * 2.0 / static_cast<double>(options.runs));
  EXPECT_GT(p, 0.1);
  EXPECT_LT(p, 0.9);
  EXPECT_NEAR(p_weekly, p_daily, 3.5 * se);
}

TEST(MonteCarlo, WilsonIntervalBracketsTheProportion) {
  const auto ci = wilson_interval(30, 100);
  EXPECT_LT(ci[0], 0.3);
  EXPECT_GT(ci[1], 0.3);
  EXPECT_NEAR(ci[0], 0.2189, 1e-3);  // the textbook value for 30/100
  EXPECT_NEAR(ci[1], 0.3958, 1e-3);
}

}  // namespace
}  // namespace faultline
