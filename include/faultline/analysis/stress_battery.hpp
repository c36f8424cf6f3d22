#pragma once
// The stress battery (DESIGN.md §3): the standard pressures — exchange −50 %, divergent issues' salience
// +0.3, full revelation of true positions, an external common threat — and the scenario's own `pressures:`,
// each run as a forecast against the unpressured baseline with the same seed (common random numbers, so a
// difference between two pressures is the pressure's, not the noise's).

#include <string>
#include <vector>

#include "faultline/analysis/stress.hpp"

namespace faultline {

// A pressure of the battery. The external threat is not an effect on existing fields: it adds an actor.
struct BatteryPressure {
  Pressure pressure;
  bool standard = true;
  double external_threat = 0.0;  // > 0: adds an external actor this hostile to every tie member
};

// Standard pressure sizes (docs/stress.md).
struct BatterySizes {
  double exchange_cut = 0.5;      // share of every flow's value lost
  double salience_rise = 0.3;     // added to both sides' salience on every divergent issue
  double divergent_gap = 0.5;     // |x_a − x_b| from which an issue counts as divergent
  double threat_hostility = 0.8;  // how hostile the external threat is to every tie member
};

// The standard pressures for `state` (the scenario as of the forecast's start), striking at `at`.
[[nodiscard]] std::vector<BatteryPressure> standard_pressures(const Scenario& state, Date at,
                                                              const BatterySizes& sizes = {});

// `scenario` with an external actor as capable as its most capable actor and hostile to every tie member.
[[nodiscard]] Scenario with_external_threat(const Scenario& scenario, double hostility);

struct PressureForecast {
  std::string id;
  std::string what;
  bool standard = true;
  StressResult result;
};

struct BatteryResult {
  StressResult baseline;
  std::vector<PressureForecast> pressures;  // the standard ones first, then the scenario's own
};

// Runs a single pressure as a forecast (the battery runs each of its pressures through this).
[[nodiscard]] StressResult run_pressure(const Scenario& scenario, const StressOptions& options,
                                        const BatteryPressure& pressure,
                                        const ProgressFunction& progress = {});

// `progress` counts the runs of the baseline and every pressure together.
[[nodiscard]] BatteryResult run_stress_battery(const Scenario& scenario, const StressOptions& options,
                                               const ProgressFunction& progress = {},
                                               const BatterySizes& sizes = {});

}  // namespace faultline
