#pragma once
// The stress charts: every tie's survival curve on one time axis (coloured and dashed by the tie's
// classification, labelled at its end with P(fracture)), the scenario's events marked on the axis; and the
// stress battery as a grid of P(fracture) by tie and pressure.

#include <string>

#include "faultline/analysis/alignment.hpp"
#include "faultline/analysis/stress_battery.hpp"
#include "faultline/model/scenario.hpp"
#include "faultline/report/svg_figure.hpp"

namespace faultline::report {

// `alignment` supplies each tie's classification (a tie it lacks is drawn in grey).
[[nodiscard]] std::string survival_figure(const Scenario& scenario, const AlignmentResult& alignment,
                                          const StressResult& result, svg::Ids& ids);

[[nodiscard]] std::string battery_figure(const Scenario& scenario, const AlignmentResult& alignment,
                                         const BatteryResult& battery, svg::Ids& ids);

}  // namespace faultline::report
