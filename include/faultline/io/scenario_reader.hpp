#pragma once
// Reads scenario files (YAML or JSON, format v1 of DESIGN.md §2) into a validated `Scenario`.
// Validation collects *every* problem before throwing one `InputError` whose diagnostics carry file, line,
// column, field path and what was expected.

#include <filesystem>
#include <string_view>

#include "faultline/model/scenario.hpp"

namespace faultline::io {

enum class ScenarioFormat { yaml, json };

// Format from the extension (.yaml/.yml or .json); anything else is an InputError naming the file.
ScenarioFormat scenario_format_of(const std::filesystem::path& path);

// Reads and validates a file. The scenario id defaults to the file's stem.
Scenario read_scenario_file(const std::filesystem::path& path);

// Parses and validates text; `file_name` is what diagnostics name and (stem) the default scenario id.
Scenario parse_scenario(std::string_view text, ScenarioFormat format, std::string_view file_name);

}  // namespace faultline::io
