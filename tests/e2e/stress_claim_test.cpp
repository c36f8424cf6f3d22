// The seeds' central claim as a test on the three shipped scenarios: an alliance built on transactional
// tolerance fractures under pressure; one built on shared belief holds, and a common threat deepens it.
#include <gtest/gtest.h>

#include "faultline/analysis/stress_battery.hpp"
#include "faultline/io/scenario_reader.hpp"
#include "golden.hpp"

namespace faultline::testing {
namespace {

const TieForecast& tie_of(const StressResult& result, const std::string& a, const std::string& b) {
  for (const TieForecast& tie : result.ties) {
    if ((tie.between[0] == a && tie.between[1] == b) || (tie.between[0] == b && tie.between[1] == a))
      return tie;
  }
  throw std::runtime_error("no tie " + a + "–" + b);
}

StressOptions claim_options() {
  StressOptions options;
  options.runs = 4000;
  options.seed = 2025;
  options.threads = 2;
  return options;
}

StressResult under(const std::string& file, const std::string& pressure_id) {
  const Scenario scenario = io::read_scenario_file(source_path(file));
  for (const BatteryPressure& pressure : standard_pressures(scenario, scenario.time.start)) {
    if (pressure.pressure.id == pressure_id) return run_pressure(scenario, claim_options(), pressure);
  }
  throw std::runtime_error("no standard pressure " + pressure_id);
}

TEST(SeedsClaim, ExchangeShockBreaksTheTransactionalTieNotTheAlignedOne) {
  const StressResult cofounders = under("scenarios/reading-project-cofounders.yaml", "exchange");
  const StressResult musk_trump = under("scenarios/musk-trump-2025.yaml", "exchange");
  const TieForecast& aligned = tie_of(cofounders, "ana", "ben");
  const TieForecast& transactional = tie_of(musk_trump, "musk", "trump");
  EXPECT_LT(aligned.p_fracture, 0.2);
  EXPECT_GT(transactional.p_fracture, 0.5);
}

TEST(SeedsClaim, AnExternalThreatRaisesTheAlignedTiesWorth) {
  const Scenario scenario = io::read_scenario_file(source_path("scenarios/reading-project-cofounders.yaml"));
  const StressResult baseline = run_stress(scenario, claim_options());
  const StressResult threatened = under("scenarios/reading-project-cofounders.yaml", "threat");
  const TieForecast& before = tie_of(baseline, "ana", "ben");
  const TieForecast& after = tie_of(threatened, "ana", "ben");
  EXPECT_GT(after.start_worth[0], before.start_worth[0]);
  EXPECT_GT(after.start_worth[1], before.start_worth[1]);
  EXPECT_LE(after.p_fracture, before.p_fracture);
}

}  // namespace
}  // namespace faultline::testing
