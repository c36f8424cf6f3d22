// Golden files for `faultline pitch` (text, Markdown and JSON): the Musk–Trump brief of the demo (the
// embedded scenario's `doge_mandate`) and the business example. Regenerate with FAULTLINE_UPDATE_GOLDEN=1
// after an intended change, and review the diff.
#include <gtest/gtest.h>

#include <string>

#include "cli_runner.hpp"
#include "golden.hpp"

namespace faultline::testing {
namespace {

struct Brief {
  std::string name;       // the golden files' stem
  std::string arguments;  // after `faultline pitch`
};

class PitchGolden : public ::testing::TestWithParam<Brief> {};

void expect_golden(const Brief& brief, const std::string& format, const std::string& extension) {
  const CliOutcome outcome = run_cli("pitch " + brief.arguments + " --format " + format);
  ASSERT_EQ(outcome.exit_code, 0) << outcome.err;
  expect_matches_golden(outcome.out, "tests/golden/pitch/" + brief.name + "." + extension);
}

TEST_P(PitchGolden, TextMatches) {
  expect_golden(GetParam(), "text", "txt");
}
TEST_P(PitchGolden, MarkdownMatches) {
  expect_golden(GetParam(), "md", "md");
}
TEST_P(PitchGolden, JsonMatches) {
  expect_golden(GetParam(), "json", "json");
}

INSTANTIATE_TEST_SUITE_P(
    Briefs, PitchGolden,
    ::testing::Values(Brief{"doge-mandate", "--proposal doge_mandate"},
                      Brief{"business-partnership",
                            "scenarios/business-partnership.yaml --proposal forecasting_partnership"}),
    [](const ::testing::TestParamInfo<Brief>& param_info) {
      std::string name = param_info.param.name;
      for (char& c : name) {
        if (c == '-') c = '_';
      }
      return name;
    });

}  // namespace
}  // namespace faultline::testing
