// The `faultline` command line: parses arguments, runs one command, and turns errors into one clear message
// and an exit code (2 for bad input, 1 for anything else). No analysis logic lives here.
#include <algorithm>
#include <iostream>
#include <memory>

#include "command.hpp"
#include "faultline/model/error.hpp"

namespace faultline::cli {

std::vector<CommandSpec>& command_registry() {
  static std::vector<CommandSpec> registry;
  return registry;
}

namespace {

constexpr int exit_bad_input = 2;

int run(int argc, char** argv) {
  CLI::App app{"faultline: tells alignment from mere alliance, finds the faultlines and forecasts fractures"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "faultline 0.1.0");

  auto specs = command_registry();
  std::sort(specs.begin(), specs.end(), [](const auto& a, const auto& b) { return a.order < b.order; });
  std::vector<std::pair<CLI::App*, CommandRun>> commands;
  for (const CommandSpec& spec : specs) {
    CLI::App* subcommand = app.add_subcommand(spec.name, spec.description);
    commands.emplace_back(subcommand, spec.setup(*subcommand));
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return exit_bad_input;
  }

  for (auto& [subcommand, run_command] : commands) {
    if (subcommand->parsed()) return run_command();
  }
  return exit_bad_input;
}

}  // namespace
}  // namespace faultline::cli

int main(int argc, char** argv) {
  try {
    return faultline::cli::run(argc, argv);
  } catch (const faultline::InputError& e) {
    for (const auto& diagnostic : e.diagnostics()) std::cerr << "error: " << diagnostic.to_string() << '\n';
    return faultline::cli::exit_bad_input;
  } catch (const faultline::Error& e) {
    std::cerr << "error: " << e.what() << '\n';
    return 1;
  } catch (const std::exception& e) {
    std::cerr << "internal error: " << e.what() << '\n';
    return 1;
  }
}
