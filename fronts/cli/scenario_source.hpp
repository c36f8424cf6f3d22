#pragma once
// Where a command's scenario comes from: a file the user names, or the embedded Musk–Trump default.

#include <optional>
#include <string>
#include <string_view>

#include "faultline/model/scenario.hpp"

namespace faultline::cli {

inline constexpr std::string_view default_scenario_name = "musk-trump-2025.yaml";

// Reads `file` or, when it is empty, the embedded default scenario.
Scenario load_scenario(const std::string& file);

}  // namespace faultline::cli
