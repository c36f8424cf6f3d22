#pragma once
// Runs the built `faultline` executable as a user would and captures what it printed.

#include <string>

namespace faultline::testing {

struct CliOutcome {
  int exit_code = -1;
  std::string out;  // stdout
  std::string err;  // stderr
};

// `arguments` is appended to the executable's path as-is (quote paths yourself); runs in the source
// directory.
CliOutcome run_cli(const std::string& arguments);

}  // namespace faultline::testing
