// The product's acceptance criteria for the alignment analysis, read from `analyze --json` as a script would.
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "cli_runner.hpp"

namespace faultline::testing {
namespace {

nlohmann::json analyze_json(const std::string& arguments) {
  const CliOutcome outcome = run_cli("analyze " + arguments + " --json");
  EXPECT_EQ(outcome.exit_code, 0) << outcome.err;
  return nlohmann::json::parse(outcome.out);
}

const nlohmann::json& tie_between(const nlohmann::json& result, const std::string& a, const std::string& b) {
  for (const auto& tie : result.at("ties")) {
    const auto& pair = tie.at("between");
    if ((pair[0] == a && pair[1] == b) || (pair[0] == b && pair[1] == a)) return tie;
  }
  throw std::runtime_error("no tie " + a + "–" + b);
}

TEST(Classification, MuskTrumpIsTransactionalWithTheEssaysFaultlines) {
  const nlohmann::json result = analyze_json("");  // the embedded default
  const auto& tie = tie_between(result, "musk", "trump");
  EXPECT_EQ(tie.at("classification"), "transactional") << tie.at("reason");

  std::vector<std::string> top;
  for (const auto& line : tie.at("faultlines")) {
    if (line.at("kind") != "projection" && top.size() < 5) top.push_back(line.at("on"));
  }
  const auto among_top = [&](const std::string& id) {
    return std::find(top.begin(), top.end(), id) != top.end();
  };
  EXPECT_TRUE(among_top("fiscal") || among_top("budget_bill")) << ::testing::PrintToString(top);
  EXPECT_TRUE(among_top("ethos")) << ::testing::PrintToString(top);

  const double gap_musk = tie.at("sides").at("musk").at("projection_gap");
  const double gap_trump = tie.at("sides").at("trump").at("projection_gap");
  EXPECT_GT(std::max(gap_musk, gap_trump), 0.1);
}

TEST(Classification, EmbeddedDefaultIsTheShippedFile) {
  EXPECT_EQ(run_cli("analyze --json").out, run_cli("analyze scenarios/musk-trump-2025.yaml --json").out);
}

TEST(Classification, ValuesAlignedExampleIsAligned) {
  const nlohmann::json result = analyze_json("scenarios/reading-project-cofounders.yaml");
  ASSERT_FALSE(result.at("ties").empty());
  EXPECT_EQ(result.at("ties")[0].at("classification"), "aligned") << result.at("ties")[0].at("reason");
}

TEST(Classification, CommonEnemyExampleIsCommonEnemy) {
  const nlohmann::json result = analyze_json("scenarios/grand-alliance-1941.yaml");
  ASSERT_FALSE(result.at("ties").empty());
  EXPECT_EQ(result.at("ties")[0].at("classification"), "common-enemy") << result.at("ties")[0].at("reason");
}

TEST(Classification, AsOfAppliesEventsAndIsRejectedWhenMalformed) {
  const nlohmann::json before = analyze_json("");
  const nlohmann::json after = analyze_json("--as-of 2025-06-30");
  EXPECT_EQ(after.at("as_of"), "2025-06-30");
  EXPECT_LT(tie_between(after, "musk", "trump").at("sides").at("musk").at("worth").get<double>(),
            tie_between(before, "musk", "trump").at("sides").at("musk").at("worth").get<double>());
  const CliOutcome bad = run_cli("analyze --as-of 2025-13-01");
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_EQ(bad.err, "error: --as-of: expected a date YYYY-MM-DD, got '2025-13-01'\n");
}

}  // namespace
}  // namespace faultline::testing
