#include "faultline/analysis/stress_battery.hpp"

#include <gtest/gtest.h>

#include "single_precision.hpp"
#include "stress_fixtures.hpp"

namespace faultline {
namespace {

using stress_testing::noisy_pair_scenario;
using stress_testing::pair_scenario;

TEST(StressBattery, FractureIsMonotoneInTheSizeOfTheExchangeCut) {
  const Scenario scenario = noisy_pair_scenario(1.0);
  StressOptions options;
  options.runs = 2000;
  double previous = -1.0;
  for (double cut : {0.0, 0.25, 0.5, 0.75, 1.0}) {
    const auto pressures =
        standard_pressures(scenario, scenario.time.start, BatterySizes{.exchange_cut = cut});
    const double p = run_pressure(scenario, options, pressures.front()).ties[0].p_fracture;
    EXPECT_GE(p, previous) << "cut " << cut;
    previous = p;
  }
  EXPECT_GT(previous, 0.2);
}

TEST(StressBattery, AnExternalThreatRaisesTheWorthOfBothSides) {
  // c (capability 2) threatens a fully and b by half: CT = 2·0.5 / (1 + 1) = 0.5. The external threat
  // (capability 2, hostility 0.8 to both) makes CT = min(1, (2·0.5 + 2·0.8) / 2) = 1.
  const Scenario scenario = pair_scenario();
  StressOptions options;
  options.runs = 10;
  const StressResult baseline = run_stress(scenario, options);
  const StressResult threatened = run_stress(with_external_threat(scenario, 0.8), options);
  EXPECT_NEAR(threatened.ties[0].start_worth[0] - baseline.ties[0].start_worth[0], 0.5,
              single_precision_tolerance);
  EXPECT_NEAR(threatened.ties[0].start_worth[1] - baseline.ties[0].start_worth[1], 0.5,
              single_precision_tolerance);
}

TEST(StressBattery, StandardPressuresTouchWhatTheyName) {
  const Scenario scenario = pair_scenario();
  const auto pressures = standard_pressures(scenario, scenario.time.start);
  ASSERT_EQ(pressures.size(), 4U);
  EXPECT_EQ(pressures[0].pressure.effects.size(), 2U);  // both flows
  EXPECT_EQ(pressures[1].pressure.effects.size(), 2U);  // issue i, both sides (gap 2)
  EXPECT_EQ(pressures[2].pressure.effects.size(), 1U);  // a's one misperception of b
  EXPECT_GT(pressures[3].external_threat, 0.0);
}

TEST(StressBattery, BatteryRunsBaselineAndEveryPressureWithTheSameSeed) {
  Scenario scenario = noisy_pair_scenario(1.2);
  scenario.pressures = {
      Pressure{.id = "nothing", .what = "a pressure that changes nothing", .at = {}, .effects = {}}};
  StressOptions options;
  options.runs = 500;
  const BatteryResult result = run_stress_battery(scenario, options);
  ASSERT_EQ(result.pressures.size(), 5U);
  EXPECT_FALSE(result.pressures.back().standard);
  // Common random numbers: a pressure that changes nothing reproduces the baseline exactly.
  EXPECT_EQ(result.pressures.back().result.ties[0].p_fracture, result.baseline.ties[0].p_fracture);
}

}  // namespace
}  // namespace faultline
