#pragma once
// The pitch brief for people: the terminal text (aligned columns, wrapped sentences) and Markdown ready to
// paste into a document or a ticket. Same content as the JSON, nothing a script must parse.

#include <string>

#include "faultline/analysis/pitch.hpp"
#include "faultline/model/scenario.hpp"

namespace faultline::report {

// `scenario` supplies names and labels for the ids in `result`.
[[nodiscard]] std::string pitch_text(const PitchResult& result, const Scenario& scenario);
[[nodiscard]] std::string pitch_markdown(const PitchResult& result, const Scenario& scenario);

}  // namespace faultline::report
