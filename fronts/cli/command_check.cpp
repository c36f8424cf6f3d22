// `faultline check FILE`: validates a scenario and summarises it, or lists every problem (exit 2).
#include <iostream>

#include "command.hpp"
#include "scenario_source.hpp"

namespace faultline::cli {
namespace {

CommandRun setup_check(CLI::App& command) {
  auto file = std::make_shared<std::string>();
  command.add_option("file", *file, "scenario file (.yaml, .yml or .json)")->required();
  return [file] {
    const Scenario scenario = load_scenario(*file);
    std::cout << "ok: " << scenario.actors.size() << " actors, " << scenario.ties.size() << " ties, "
              << scenario.events.size() << " events\n";
    return 0;
  };
}

const RegisterCommand registered{
    {"check", "validate a scenario file and list every problem", 10, setup_check}};

}  // namespace
}  // namespace faultline::cli
