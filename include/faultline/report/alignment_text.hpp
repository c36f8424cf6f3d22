#pragma once
// The alignment analysis for people: per tie the classification and its reason, a table of both sides' terms,
// basis bars and the ranked faultlines. Same content as the JSON, nothing a script must parse.

#include <string>

#include "faultline/analysis/alignment.hpp"
#include "faultline/model/scenario.hpp"

namespace faultline::report {

// `scenario` supplies names and labels for the ids in `result`.
[[nodiscard]] std::string alignment_text(const AlignmentResult& result, const Scenario& scenario);

}  // namespace faultline::report
