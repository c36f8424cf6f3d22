#pragma once
// The JSON form of the pitch brief (DESIGN.md §6 "pitch"; docs/pitch.md lists every field). Every number a
// sentence of the brief quotes is in it.

#include <nlohmann/json.hpp>

#include "faultline/analysis/pitch.hpp"
#include "faultline/model/scenario.hpp"

namespace faultline::report {

// `scenario` supplies the members' names.
[[nodiscard]] nlohmann::ordered_json to_json(const PitchResult& result, const Scenario& scenario);

}  // namespace faultline::report
