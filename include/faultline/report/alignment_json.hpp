#pragma once
// The JSON form of the alignment analysis (DESIGN.md §6; docs/json.md documents every field). The CLI's
// `analyze --json` and the web API both print exactly this.

#include <nlohmann/json.hpp>

#include "faultline/analysis/alignment.hpp"

namespace faultline::report {

[[nodiscard]] nlohmann::ordered_json to_json(const AlignmentResult& result);

}  // namespace faultline::report
