// `faultline stress` as a user runs it: determinism across threads, the JSON shape of DESIGN.md §6, worth at
// the start equal to the alignment analysis's worth, and clear errors.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cli_runner.hpp"
#include "single_precision.hpp"

namespace faultline::testing {
namespace {

TEST(StressCli, SameSeedGivesByteIdenticalOutputForOneAndTwoThreads) {
  const CliOutcome one = run_cli("stress --runs 3000 --seed 9 --threads 1 --json");
  const CliOutcome two = run_cli("stress --runs 3000 --seed 9 --threads 2 --json");
  ASSERT_EQ(one.exit_code, 0) << one.err;
  EXPECT_EQ(one.out, two.out);
  const CliOutcome text_one = run_cli("stress --runs 800 --seed 9 --threads 1 --battery");
  const CliOutcome text_two = run_cli("stress --runs 800 --seed 9 --threads 2 --battery");
  ASSERT_EQ(text_one.exit_code, 0) << text_one.err;
  EXPECT_EQ(text_one.out, text_two.out);
  EXPECT_NE(one.out, run_cli("stress --runs 3000 --seed 10 --threads 1 --json").out);  // the seed matters
}

TEST(StressCli, JsonHasTheDesignedShape) {
  const CliOutcome outcome = run_cli("stress --runs 500 --json");
  ASSERT_EQ(outcome.exit_code, 0) << outcome.err;
  EXPECT_TRUE(outcome.err.empty()) << "no progress bar when stderr is not a terminal";
  const auto result = nlohmann::json::parse(outcome.out);
  EXPECT_EQ(result.at("command"), "stress");
  EXPECT_EQ(result.at("runs"), 500);
  EXPECT_EQ(result.at("seed"), 1);
  ASSERT_FALSE(result.at("ties").empty());
  for (const auto& tie : result.at("ties")) {
    const double p = tie.at("p_fracture");
    EXPECT_LE(tie.at("ci95")[0].get<double>(), p);
    EXPECT_GE(tie.at("ci95")[1].get<double>(), p);
    EXPECT_TRUE(tie.at("first_to_leave").contains(tie.at("between")[0].get<std::string>()));
    ASSERT_FALSE(tie.at("survival").empty());
    EXPECT_EQ(tie.at("survival")[0].at("s"), 1.0);
    EXPECT_NEAR(tie.at("survival").back().at("s").get<double>(), 1.0 - p, 1e-6);
    EXPECT_TRUE(tie.contains("triggers"));
    EXPECT_TRUE(tie.contains("median_fracture"));
  }
}

TEST(StressCli, WorthAtTheStartIsTheAlignmentAnalysisWorth) {
  for (const std::string file :
       {"", "scenarios/reading-project-cofounders.yaml", "scenarios/grand-alliance-1941.yaml"}) {
    const auto stress = nlohmann::json::parse(run_cli("stress " + file + " --runs 10 --json").out);
    const auto analyze = nlohmann::json::parse(run_cli("analyze " + file + " --json").out);
    ASSERT_EQ(stress.at("ties").size(), analyze.at("ties").size());
    for (std::size_t i = 0; i < stress.at("ties").size(); ++i) {
      const auto& forecast = stress.at("ties")[i];
      const auto& alignment = analyze.at("ties")[i];
      for (const auto& [actor, side] : alignment.at("sides").items()) {
        EXPECT_NEAR(forecast.at("start_worth").at(actor).get<double>(), side.at("worth").get<double>(),
                    single_precision_tolerance)
            << file << " " << actor;
      }
    }
  }
}

TEST(StressCli, BatteryJsonListsEveryPressurePerTie) {
  const auto result = nlohmann::json::parse(run_cli("stress --runs 300 --battery --json").out);
  for (const auto& tie : result.at("ties")) {
    ASSERT_GE(tie.at("battery").size(), 4U);
    EXPECT_EQ(tie.at("battery")[0].at("pressure"), "exchange");
    EXPECT_EQ(tie.at("battery")[3].at("pressure"), "threat");
  }
}

TEST(StressCli, AsOfIgnoresLaterEventsAndSeriesRunsMonthly) {
  const auto early = nlohmann::json::parse(run_cli("stress --runs 300 --as-of 2025-01-01 --json").out);
  EXPECT_EQ(early.at("as_of"), "2025-01-01");
  EXPECT_EQ(early.at("start"), "2025-01-01");
  EXPECT_TRUE(early.at("ties")[0].at("observed_end").is_null());  // the break of June 2025 is not known yet
  const auto series = nlohmann::json::parse(
      run_cli("stress --runs 200 --as-of-series --from 2025-01-01 --to 2025-03-01 --json").out);
  ASSERT_EQ(series.at("points").size(), 3U);
  EXPECT_EQ(series.at("points")[2].at("as_of"), "2025-03-01");
}

TEST(StressCli, BadDatesAreInputErrors) {
  const CliOutcome outcome = run_cli("stress --as-of 2025-13-01");
  EXPECT_EQ(outcome.exit_code, 2);
  EXPECT_NE(outcome.err.find("--as-of"), std::string::npos) << outcome.err;
  EXPECT_EQ(run_cli("stress --horizon 2020-01-01").exit_code, 1);  // before the start: not a file problem
}

// A negative rate or spread, or a τ that is not positive, would simulate another model without a word: it is
// refused, naming the flag and what it expects, and nothing is printed on stdout.
TEST(StressCli, DynamicsOutOfRangeAreInputErrors) {
  for (const std::string flag : {"--base-hazard -0.1", "--salience-walk -1", "--flow-half-life -2",
                                 "--perception-rate -0.5", "--revelation-rate -1", "--input-sd-scale -1"}) {
    const CliOutcome outcome = run_cli("stress --runs 10 " + flag);
    EXPECT_EQ(outcome.exit_code, 2) << flag;
    EXPECT_NE(outcome.err.find(flag.substr(0, flag.find(' ')) + ": expected a number at least 0"),
              std::string::npos)
        << outcome.err;
    EXPECT_TRUE(outcome.out.empty()) << flag;
  }
  for (const std::string flag : {"--tau-calm 0", "--tau-volatile -0.05"}) {
    const CliOutcome outcome = run_cli("stress --runs 10 " + flag);
    EXPECT_EQ(outcome.exit_code, 2) << flag;
    EXPECT_NE(outcome.err.find("expected a number greater than 0"), std::string::npos) << outcome.err;
  }
  EXPECT_EQ(run_cli("stress --runs 10 --salience-walk 0 --flow-half-life 0").exit_code, 0);  // 0: off
}

}  // namespace
}  // namespace faultline::testing
