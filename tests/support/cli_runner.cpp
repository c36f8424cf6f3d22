#include "cli_runner.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>

#include "golden.hpp"

namespace faultline::testing {

namespace {
std::string read_and_remove(const std::filesystem::path& path) {
  std::string text = read_text(path);
  std::filesystem::remove(path);
  return text;
}
}  // namespace

CliOutcome run_cli(const std::string& arguments) {
  static std::atomic<int> calls{0};
  const auto scratch = std::filesystem::temp_directory_path() /
                       ("faultline-cli-" + std::to_string(::getpid()) + "-" + std::to_string(calls++));
  const auto out_path = scratch.string() + ".out";
  const auto err_path = scratch.string() + ".err";
  const std::string command = "cd '" + std::string{FAULTLINE_SOURCE_DIR} + "' && '" + FAULTLINE_BINARY +
                              "' " + arguments + " >'" + out_path + "' 2>'" + err_path + "' </dev/null";
  const int status = std::system(command.c_str());
  if (status == -1) throw std::runtime_error("cannot run " + command);
  CliOutcome outcome;
  outcome.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  outcome.out = read_and_remove(out_path);
  outcome.err = read_and_remove(err_path);
  return outcome;
}

}  // namespace faultline::testing
