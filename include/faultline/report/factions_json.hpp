#pragma once
// The JSON form of the coalition analysis (DESIGN.md §6 "factions"; docs/factions.md documents every field).
// The CLI's `factions --json` and the demo's coalition view print exactly this.

#include <nlohmann/json.hpp>

#include "faultline/analysis/coalition.hpp"

namespace faultline::report {

[[nodiscard]] nlohmann::ordered_json to_json(const CoalitionResult& result);

}  // namespace faultline::report
