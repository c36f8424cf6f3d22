// Golden files for `faultline stress` (text with the survival charts and the battery, and JSON) on the
// shipped scenarios: a small fixed-seed ensemble, so any change to the dynamics, the plan or the reports
// shows up as a reviewable diff. Regenerate with FAULTLINE_UPDATE_GOLDEN=1 after an intended change.
#include <gtest/gtest.h>

#include <string>

#include "cli_runner.hpp"
#include "golden.hpp"
#include "scenario_param.hpp"

namespace faultline::testing {
namespace {

constexpr const char* small_ensemble = " --runs 400 --seed 7 --threads 2";

class StressGolden : public ::testing::TestWithParam<std::string> {};

TEST_P(StressGolden, TextWithBatteryMatches) {
  const CliOutcome outcome = run_cli("stress scenarios/" + GetParam() + ".yaml --battery" + small_ensemble);
  ASSERT_EQ(outcome.exit_code, 0) << outcome.err;
  expect_matches_golden(outcome.out, "tests/golden/stress/" + GetParam() + ".txt");
}

TEST_P(StressGolden, JsonMatches) {
  const CliOutcome outcome =
      run_cli("stress scenarios/" + GetParam() + ".yaml --json" + std::string{small_ensemble});
  ASSERT_EQ(outcome.exit_code, 0) << outcome.err;
  expect_matches_golden(outcome.out, "tests/golden/stress/" + GetParam() + ".json");
}

INSTANTIATE_TEST_SUITE_P(Scenarios, StressGolden,
                         ::testing::Values("musk-trump-2025", "reading-project-cofounders",
                                           "grand-alliance-1941", "history/opec-plus-2016"),
                         scenario_test_name);

TEST(StressGoldenSeries, DemoAsOfSeriesMatches) {
  const CliOutcome outcome =
      run_cli("stress --as-of-series --from 2025-01-01 --to 2025-06-01 --runs 400 --seed 7");
  ASSERT_EQ(outcome.exit_code, 0) << outcome.err;
  expect_matches_golden(outcome.out, "tests/golden/stress/musk-trump-2025-series.txt");
}

}  // namespace
}  // namespace faultline::testing
