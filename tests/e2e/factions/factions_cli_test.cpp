// `faultline factions` as a user runs it, on the real networks of tests/data/ and on the Musk–Trump scenario.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cli_runner.hpp"

namespace faultline {
namespace {

using testing::run_cli;

nlohmann::json run_json(const std::string& arguments) {
  const auto outcome = run_cli("factions " + arguments + " --json");
  EXPECT_EQ(outcome.exit_code, 0) << outcome.err;
  return nlohmann::json::parse(outcome.out);
}

TEST(FactionsCli, GahukuGamaBalanceCarriesItsCertificate) {
  const auto json = run_json(
      "tests/data/gahuku_gama/gahuku_gama_edges.csv --nodes tests/data/gahuku_gama/gahuku_gama_nodes.csv "
      "--method balance --exact");
  EXPECT_EQ(json["command"], "factions");
  EXPECT_EQ(json["frustration"], 7);
  EXPECT_EQ(json["lower_bound"], 7);
  EXPECT_EQ(json["optimal"], true);
  EXPECT_EQ(json["frustrated_edges"].size(), 7U);
  EXPECT_EQ(json["nodes"].size(), 16U);
}

TEST(FactionsCli, GahukuGamaThreeFactionsScorePerfectly) {
  const auto json = run_json(
      "tests/data/gahuku_gama/gahuku_gama_edges.csv --nodes tests/data/gahuku_gama/gahuku_gama_nodes.csv "
      "--method clusters --k 3 --exact");
  EXPECT_EQ(json["factions"]["k"], 3);
  EXPECT_EQ(json["score"]["of"], "factions");
  EXPECT_EQ(json["score"]["accuracy"], 1.0);
  EXPECT_EQ(json["score"]["adjusted_rand"], 1.0);
}

TEST(FactionsCli, KarateLeadersSplit) {
  const auto json = run_json(
      "tests/data/karate/karate_edges.csv --nodes tests/data/karate/karate_nodes.csv --leaders 1,34");
  EXPECT_EQ(json["method"], "leaders");
  EXPECT_GE(json["score"]["matched"].get<int>(), 33);  // of 34 members placed as they actually went
  EXPECT_EQ(json["score"]["scored"], 34);
  EXPECT_EQ(json["leaders"]["leaders"], (nlohmann::json{"1", "34"}));
}

TEST(FactionsCli, Syria2016Landscape) {
  const auto json = run_json(
      "tests/data/landscape_syria2016/syria2016_edges.csv --nodes "
      "tests/data/landscape_syria2016/syria2016_nodes.csv "
      "--method landscape");
  ASSERT_FALSE(json["landscape"]["minima"].empty());
  EXPECT_EQ(json["landscape"]["minima"][0]["energy"], -83200);
  EXPECT_EQ(json["landscape"]["exhaustive"], true);
}

TEST(FactionsCli, ScenarioCoalitionViewHasKeystones) {
  const auto outcome = run_cli("factions scenarios/musk-trump-2025.yaml");
  ASSERT_EQ(outcome.exit_code, 0) << outcome.err;
  EXPECT_NE(outcome.out.find("STRUCTURAL BALANCE"), std::string::npos);
  EXPECT_NE(outcome.out.find("KEYSTONES"), std::string::npos);
  const auto json = run_json("scenarios/musk-trump-2025.yaml");
  EXPECT_EQ(json["optimal"], true);
  EXPECT_FALSE(json["keystones"]["ranking"].empty());
}

TEST(FactionsCli, BadRowsAreReportedWithTheirLines) {
  const auto outcome = run_cli("factions tests/data/factions_bad/edges_bad_rows.csv");
  EXPECT_EQ(outcome.exit_code, 2);
  EXPECT_NE(outcome.err.find("edges_bad_rows.csv:3:"), std::string::npos) << outcome.err;
  EXPECT_NE(outcome.err.find("edges_bad_rows.csv:5:"), std::string::npos) << outcome.err;
}

TEST(FactionsCli, UnknownMethodIsBadInput) {
  const auto outcome = run_cli("factions tests/data/karate/karate_edges.csv --method nonsense");
  EXPECT_EQ(outcome.exit_code, 2);
  EXPECT_NE(outcome.err.find("nonsense"), std::string::npos);
}

TEST(FactionsCli, UnknownLeaderIsBadInput) {
  const auto outcome = run_cli("factions tests/data/karate/karate_edges.csv --leaders 1,99");
  EXPECT_EQ(outcome.exit_code, 2);
  EXPECT_NE(outcome.err.find("'99'"), std::string::npos) << outcome.err;
}

}  // namespace
}  // namespace faultline
