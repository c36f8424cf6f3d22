#pragma once
// The JSON form of the stress forecast, the battery and the as-of series (DESIGN.md §6 "stress";
// docs/stress.md documents every field). The CLI's `stress --json` and the web API print exactly this.

#include <nlohmann/json.hpp>

#include "faultline/analysis/backtest.hpp"
#include "faultline/analysis/stress.hpp"
#include "faultline/analysis/stress_battery.hpp"

namespace faultline::report {

[[nodiscard]] nlohmann::ordered_json to_json(const StressResult& result);
// The baseline's JSON with a `battery` list in every tie.
[[nodiscard]] nlohmann::ordered_json to_json(const BatteryResult& result);
[[nodiscard]] nlohmann::ordered_json to_json(const AsOfSeries& series);

}  // namespace faultline::report
