#pragma once
// Each `faultline` subcommand lives in its own file and registers itself here, so adding a command touches no
// other file. A command's setup adds its options to `app` and returns the function that runs it (its exit
// code).

#include <CLI/CLI.hpp>

#include <functional>
#include <string>
#include <vector>

namespace faultline::cli {

using CommandRun = std::function<int()>;
using CommandSetup = std::function<CommandRun(CLI::App& subcommand)>;

struct CommandSpec {
  std::string name;
  std::string description;
  int order = 0;  // position in `faultline --help`
  CommandSetup setup;
};

std::vector<CommandSpec>& command_registry();

// Declare one at namespace scope in a command's file: `const RegisterCommand registered{{"check", …}};`
struct RegisterCommand {
  explicit RegisterCommand(CommandSpec spec) { command_registry().push_back(std::move(spec)); }
};

}  // namespace faultline::cli
