// `faultline check FILE` as a user runs it: a summary and exit 0 for a valid scenario; for a bad one every
// problem on stderr as `error: file:line:column: path: message` and exit 2. The bad fixtures are those of
// tests/unit/io/bad_scenario_test.cpp, each with its exact expected stderr in NAME.expected.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "cli_runner.hpp"
#include "golden.hpp"

namespace faultline::testing {
namespace {

constexpr int exit_bad_input = 2;

std::vector<std::string> bad_fixture_names() {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator{source_path("tests/data/bad")}) {
    if (entry.path().extension() != ".expected") names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::string test_name(const ::testing::TestParamInfo<std::string>& parameter) {
  std::string name = parameter.param;
  std::replace(name.begin(), name.end(), '.', '_');
  return name;
}

class CheckBadFile : public ::testing::TestWithParam<std::string> {};

TEST_P(CheckBadFile, ListsEveryProblemAndExitsTwo) {
  const std::string relative = "tests/data/bad/" + GetParam();
  const CliOutcome outcome = run_cli("check " + relative);
  EXPECT_EQ(outcome.exit_code, exit_bad_input);
  EXPECT_EQ(outcome.out, "");
  EXPECT_EQ(outcome.err, read_text(source_path(relative + ".expected")));
}

INSTANTIATE_TEST_SUITE_P(Fixtures, CheckBadFile, ::testing::ValuesIn(bad_fixture_names()), test_name);

TEST(CheckCli, SummarisesAValidYamlScenario) {
  const CliOutcome outcome = run_cli("check tests/data/good/full.yaml");
  EXPECT_EQ(outcome.exit_code, 0) << outcome.err;
  EXPECT_EQ(outcome.out, "ok: 3 actors, 1 ties, 2 events\n");
  EXPECT_EQ(outcome.err, "");
}

TEST(CheckCli, SummarisesAValidJsonScenario) {
  const CliOutcome outcome = run_cli("check tests/data/good/minimal.json");
  EXPECT_EQ(outcome.exit_code, 0) << outcome.err;
  EXPECT_EQ(outcome.out, "ok: 2 actors, 0 ties, 0 events\n");
}

TEST(CheckCli, AcceptsTheBundledScenario) {
  const CliOutcome outcome = run_cli("check scenarios/musk-trump-2025.yaml");
  EXPECT_EQ(outcome.exit_code, 0) << outcome.err;
  EXPECT_TRUE(outcome.out.starts_with("ok: ")) << outcome.out;
}

TEST(CheckCli, NamesAMissingFile) {
  const CliOutcome outcome = run_cli("check tests/data/no-such-file.yaml");
  EXPECT_EQ(outcome.exit_code, exit_bad_input);
  EXPECT_EQ(outcome.err,
            "error: tests/data/no-such-file.yaml: cannot read the file: No such file or directory\n");
}

TEST(CheckCli, RejectsAnUnknownExtension) {
  const CliOutcome outcome = run_cli("check tests/data/bad/empty_file.yaml.expected");
  EXPECT_EQ(outcome.exit_code, exit_bad_input);
  EXPECT_EQ(
      outcome.err,
      "error: tests/data/bad/empty_file.yaml.expected: unknown scenario format '.expected': expected .yaml, "
      ".yml or .json\n");
}

}  // namespace
}  // namespace faultline::testing
