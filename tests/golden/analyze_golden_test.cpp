// Golden files for `faultline analyze` (text and JSON) on the shipped scenarios. Regenerate with
// FAULTLINE_UPDATE_GOLDEN=1 after an intended change, and review the diff.
#include <gtest/gtest.h>

#include <string>

#include "cli_runner.hpp"
#include "golden.hpp"

namespace faultline::testing {
namespace {

class AnalyzeGolden : public ::testing::TestWithParam<std::string> {};

TEST_P(AnalyzeGolden, TextMatches) {
  const CliOutcome outcome = run_cli("analyze scenarios/" + GetParam() + ".yaml");
  ASSERT_EQ(outcome.exit_code, 0) << outcome.err;
  expect_matches_golden(outcome.out, "tests/golden/analyze/" + GetParam() + ".txt");
}

TEST_P(AnalyzeGolden, JsonMatches) {
  const CliOutcome outcome = run_cli("analyze scenarios/" + GetParam() + ".yaml --json");
  ASSERT_EQ(outcome.exit_code, 0) << outcome.err;
  expect_matches_golden(outcome.out, "tests/golden/analyze/" + GetParam() + ".json");
}

INSTANTIATE_TEST_SUITE_P(Scenarios, AnalyzeGolden,
                         ::testing::Values("musk-trump-2025", "reading-project-cofounders",
                                           "grand-alliance-1941"));

}  // namespace
}  // namespace faultline::testing
