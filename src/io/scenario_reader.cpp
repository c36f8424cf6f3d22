#include "faultline/io/scenario_reader.hpp"

#include "faultline/model/error.hpp"

// Placeholder until the reader lands (being written in this session).
namespace faultline::io {
ScenarioFormat scenario_format_of(const std::filesystem::path&) { return ScenarioFormat::yaml; }
Scenario read_scenario_file(const std::filesystem::path&) { throw Error("scenario reader not built yet"); }
Scenario parse_scenario(std::string_view, ScenarioFormat, std::string_view) {
  throw Error("scenario reader not built yet");
}
}  // namespace faultline::io
