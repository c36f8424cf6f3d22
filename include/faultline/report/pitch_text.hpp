#pragma once
// The pitch brief for the terminal: the summary, a table of the room, and the five clarity questions with
// their answers, wrapped to 100 columns. Same content as the JSON, nothing a script must parse.

#include <string>

#include "faultline/analysis/pitch.hpp"
#include "faultline/model/scenario.hpp"

namespace faultline::report {

// `scenario` supplies names and labels for the ids in `result`.
[[nodiscard]] std::string pitch_text(const PitchResult& result, const Scenario& scenario);

}  // namespace faultline::report
