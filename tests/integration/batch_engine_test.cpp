// The batched stress engine against the reference path, run by run: on every shipped scenario with ties
// (business-partnership has none), under every
// standard pressure, with the noise processes on, off and pushed to their rarely used branches, each run's
// outcome (fracture step, leaver, trigger) must be the one the one-run-at-a-time reference computes, for
// every vector width this machine runs (each its own compiled entry point). Batches start at an offset and
// end part-full, so a run's lane never matters. Ties bounded rather than stepped are checked against their
// exact rate at every step.
#include <gtest/gtest.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "faultline/analysis/batch_dynamics.hpp"
#include "faultline/analysis/dynamics.hpp"
#include "faultline/analysis/stress_battery.hpp"
#include "faultline/io/scenario_reader.hpp"
#include "scenario_param.hpp"

namespace faultline {
namespace {

struct Setting {
  std::string name;
  DynamicsOptions dynamics;
};

std::vector<Setting> settings() {
  DynamicsOptions fast_learning;  // revelation and perception rates high enough for the exponential branch
  fast_learning.perception_rate = 40.0;
  fast_learning.revelation_rate = 30.0;
  DynamicsOptions no_decay;
  no_decay.flow_half_life_years = 0.0;
  DynamicsOptions hair_trigger;  // ties break often, so fractures, leavers and triggers are compared too
  hair_trigger.base_hazard = 20.0;
  return {{"default", DynamicsOptions{}},
          {"hair trigger", hair_trigger},
          {"deterministic", DynamicsOptions::deterministic()},
          {"fast learning", fast_learning},
          {"no decay", no_decay}};
}

// Runs [first, first + runs) both ways, the batched engine stepping `width` runs together, and expects
// identical outcomes; returns how many ties broke.
int expect_same_outcomes(const StressPlan& plan, const DynamicsOptions& dynamics, std::uint64_t first,
                         int runs, int width) {
  const std::size_t ties = plan.ties.size();
  BatchEngine engine{plan, width};
  engine.verify_bounds(true);
  RunState state = make_run_state(plan);
  std::vector<TieOutcome> batch(batch_lanes * ties);
  std::vector<TieOutcome> reference(ties);
  int broken = 0;
  for (int done = 0; done < runs; done += batch_lanes) {
    const int lanes = std::min(batch_lanes, runs - done);
    const std::uint64_t first_run = first + static_cast<std::uint64_t>(done);
    engine.simulate(dynamics, AlignmentOptions{}, 17, first_run, lanes, batch);
    for (int lane = 0; lane < lanes; ++lane) {
      simulate_run(plan, dynamics, AlignmentOptions{}, 17, first_run + static_cast<std::uint64_t>(lane),
                   state, reference);
      for (std::size_t i = 0; i < ties; ++i) {
        const TieOutcome& got = batch[static_cast<std::size_t>(lane) * ties + i];
        EXPECT_EQ(got, reference[i]) << "run " << first_run + static_cast<std::uint64_t>(lane) << ", tie "
                                     << plan.ties[i].between[0] << "–" << plan.ties[i].between[1];
        if (got.fracture_step >= 0) ++broken;
      }
    }
  }
  return broken;
}

// Every standard pressure and setting at every width, as expect_same_outcomes.
void expect_same_outcomes_everywhere(const Scenario& scenario) {
  std::vector<std::pair<std::string, std::vector<Pressure>>> cases{{"no pressure", {}}};
  for (const BatteryPressure& battery : standard_pressures(scenario, scenario.time.start))
    cases.emplace_back(battery.pressure.id, std::vector<Pressure>{battery.pressure});
  for (const auto& [pressure, pressures] : cases) {
    const StressPlan plan = compile_stress_plan(scenario, scenario.time.start, scenario.time.end, pressures);
    for (const Setting& setting : settings()) {
      for (const int width : BatchEngine::widths()) {
        SCOPED_TRACE(pressure + ", " + setting.name + ", " + std::to_string(width) + " runs together");
        const int broken = expect_same_outcomes(plan, setting.dynamics, 3, 45, width);
        if (setting.name == "hair trigger") {
          EXPECT_GT(broken, 0);
        }
      }
    }
  }
}

class BatchAgainstReference : public ::testing::TestWithParam<std::string> {};

TEST_P(BatchAgainstReference, MatchesTheReferenceRunByRun) {
  expect_same_outcomes_everywhere(
      io::read_scenario_file(std::string{FAULTLINE_SOURCE_DIR} + "/scenarios/" + GetParam() + ".yaml"));
}

// The shipped scenarios' ties share every topic, which the batched engine sums from three bases; here no side
// does, so it sums over its index of live topics (tests/data/stress/partial-topics.yaml).
TEST(BatchEngine, MatchesTheReferenceWhereSidesShareSomeTopics) {
  expect_same_outcomes_everywhere(
      io::read_scenario_file(std::string{FAULTLINE_SOURCE_DIR} + "/tests/data/stress/partial-topics.yaml"));
}

// The demo's three ties far from breaking (Trump with the MAGA base and with Congress, Musk with the tech
// leaders) are bounded in every batch and only a few batches run again. Musk–Trump, whose misperceptions move
// its weights every step, is always stepped; the tech leaders–Trump tie starts near its threshold, so its
// bound fails in the first batches and it is stepped from then on. Every bounded step is checked against the
// exact rate.
TEST(BatchEngine, BoundsTheDemosFarTiesAndRarelyRunsABatchAgain) {
  const Scenario scenario =
      io::read_scenario_file(std::string{FAULTLINE_SOURCE_DIR} + "/scenarios/musk-trump-2025.yaml");
  const StressPlan plan = compile_stress_plan(scenario, scenario.time.start, scenario.time.end);
  BatchEngine engine{plan};
  engine.verify_bounds(true);
  std::vector<TieOutcome> outcomes(batch_lanes * plan.ties.size());
  const int batches = 200;
  for (int b = 0; b < batches; ++b)
    engine.simulate(DynamicsOptions{}, AlignmentOptions{}, 1, static_cast<std::uint64_t>(b) * batch_lanes,
                    batch_lanes, outcomes);
  const BatchEngine::BoundCounts counts = engine.bound_counts();
  for (std::size_t i = 0; i < plan.ties.size(); ++i) {
    const std::string tie = plan.ties[i].between[0] + "–" + plan.ties[i].between[1];
    const bool far = tie == "trump–maga_base" || tie == "trump–gop_congress" || tie == "musk–tech_leaders";
    SCOPED_TRACE(tie);
    if (far) {
      EXPECT_EQ(counts.bounded[i], batches);
      EXPECT_LT(counts.rerun[i], batches / 10);
      // After the last event on them, one window to the horizon settles them in nearly every batch.
      EXPECT_GE(counts.settled[i], batches * 9 / 10);
    } else {  // stepped from the start (misperceptions) or after the bound failed in its first batches
      EXPECT_LE(counts.bounded[i], 2);
      EXPECT_EQ(counts.rerun[i], counts.bounded[i]);
      EXPECT_EQ(counts.settled[i], 0);
    }
  }
}

TEST(BatchEngine, RefusesAWidthTheMachineCannotRun) {
  const Scenario scenario =
      io::read_scenario_file(std::string{FAULTLINE_SOURCE_DIR} + "/scenarios/musk-trump-2025.yaml");
  const StressPlan plan = compile_stress_plan(scenario, scenario.time.start, scenario.time.end);
  EXPECT_THROW(BatchEngine(plan, 5), std::invalid_argument);
  EXPECT_EQ(BatchEngine::widths().back(), 4);  // every machine runs four
}

INSTANTIATE_TEST_SUITE_P(Scenarios, BatchAgainstReference,
                         ::testing::Values("musk-trump-2025", "reading-project-cofounders",
                                           "grand-alliance-1941", "history/second-united-front-1937",
                                           "history/opec-plus-2016", "history/us-uk-suez-1956"),
                         testing::scenario_test_name);

}  // namespace
}  // namespace faultline
