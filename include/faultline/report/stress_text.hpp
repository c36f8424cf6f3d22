#pragma once
// The stress forecast for people: per tie P(fracture) with its interval, the median time, who leaves first,
// the triggers and the survival curve as a terminal chart; the battery as a table of pressures against the
// baseline; the as-of series as the forecast's path. Same content as the JSON, nothing a script must parse.

#include <string>

#include "faultline/analysis/backtest.hpp"
#include "faultline/analysis/stress.hpp"
#include "faultline/analysis/stress_battery.hpp"
#include "faultline/model/scenario.hpp"

namespace faultline::report {

// `scenario` supplies the names for the ids in the results.
[[nodiscard]] std::string stress_text(const StressResult& result, const Scenario& scenario);
[[nodiscard]] std::string battery_text(const BatteryResult& result, const Scenario& scenario);
[[nodiscard]] std::string as_of_series_text(const AsOfSeries& series, const Scenario& scenario);

}  // namespace faultline::report
