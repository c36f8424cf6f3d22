#pragma once
// The pitch brief as Markdown, ready to paste into a document, a ticket or a chat: the same content as the
// text brief, with tables for the room and the options.

#include <string>

#include "faultline/analysis/pitch.hpp"
#include "faultline/model/scenario.hpp"

namespace faultline::report {

// `scenario` supplies names and labels for the ids in `result`.
[[nodiscard]] std::string pitch_markdown(const PitchResult& result, const Scenario& scenario);

}  // namespace faultline::report
