// `faultline pitch` run as a user would: formats, bad input, and the brief's promise that every number a
// sentence quotes is in the JSON.
#include <gtest/gtest.h>

#include <cmath>
#include <nlohmann/json.hpp>
#include <regex>
#include <string>
#include <vector>

#include "cli_runner.hpp"

namespace faultline::testing {
namespace {

const std::string business = "scenarios/business-partnership.yaml --proposal forecasting_partnership";

void collect_numbers(const nlohmann::json& json, std::vector<double>& numbers) {
  if (json.is_number()) numbers.push_back(json.get<double>());
  if (json.is_structured()) {
    for (const auto& element : json) collect_numbers(element, numbers);
  }
}

// Every decimal number and percentage in `sentence` is, at the precision printed, a number in the JSON.
void expect_traceable(const std::string& sentence, const std::vector<double>& numbers) {
  static const std::regex token{R"(([+-]?\d+\.(\d+))|(\d+)%)"};
  for (auto it = std::sregex_iterator(sentence.begin(), sentence.end(), token); it != std::sregex_iterator();
       ++it) {
    const std::smatch& match = *it;
    const bool percent = match[3].matched;
    const double printed = std::stod(percent ? match[3].str() : match[1].str());
    const double scale = percent ? 1.0 : std::pow(10.0, static_cast<double>(match[2].length()));
    // Printed to the last digit shown: within half a unit of it (the JSON keeps 6 decimals).
    const bool found = std::any_of(numbers.begin(), numbers.end(), [&](double value) {
      const double shown = percent ? 100.0 * value : value;
      return std::abs(shown - printed) <= 0.5 / scale + 1e-6;
    });
    EXPECT_TRUE(found) << "'" << match.str() << "' is in no JSON number; sentence: " << sentence;
  }
}

TEST(PitchCli, EverySentenceIsTraceableToTheJson) {
  for (const std::string& arguments : {std::string{"--proposal doge_mandate"}, business}) {
    const CliOutcome outcome = run_cli("pitch " + arguments + " --json");
    ASSERT_EQ(outcome.exit_code, 0) << outcome.err;
    const auto json = nlohmann::json::parse(outcome.out);
    std::vector<double> numbers;
    collect_numbers(json, numbers);
    ASSERT_EQ(json["questions"].size(), 5u);
    expect_traceable(json["summary"].get<std::string>(), numbers);
    for (const auto& question : json["questions"]) {
      ASSERT_FALSE(question["answer"].get<std::string>().empty());
      expect_traceable(question["answer"].get<std::string>(), numbers);
    }
  }
}

TEST(PitchCli, JsonCarriesTheDesignShape) {
  const CliOutcome outcome = run_cli("pitch " + business + " --json");
  ASSERT_EQ(outcome.exit_code, 0) << outcome.err;
  const auto json = nlohmann::json::parse(outcome.out);
  EXPECT_EQ(json["command"], "pitch");
  EXPECT_EQ(json["proposal"], "forecasting_partnership");
  EXPECT_EQ(json["room"], (std::vector<std::string>{"cfo", "cio", "vp_ops"}));
  for (const auto& member : json["members"]) {
    for (const char* field :
         {"id", "support", "from_values", "from_offers", "losses", "stance", "kept_support"}) {
      EXPECT_TRUE(member.contains(field)) << field;
    }
  }
  EXPECT_TRUE(json["missionary_share"].is_number());
  EXPECT_GE(json["third_option"]["support"].get<double>(),
            json["third_option"]["proposal_support"].get<double>());
}

TEST(PitchCli, RoomOverridesTheProposalsRoom) {
  const CliOutcome outcome = run_cli("pitch --proposal doge_mandate --room trump,gop_congress --json");
  ASSERT_EQ(outcome.exit_code, 0) << outcome.err;
  const auto json = nlohmann::json::parse(outcome.out);
  EXPECT_EQ(json["room"], (std::vector<std::string>{"trump", "gop_congress"}));
  EXPECT_EQ(json["members"].size(), 2u);
}

TEST(PitchCli, MarkdownIsReadyToPaste) {
  const CliOutcome outcome = run_cli("pitch " + business + " --format md");
  ASSERT_EQ(outcome.exit_code, 0) << outcome.err;
  EXPECT_EQ(outcome.out.rfind("## Pitch brief: ", 0), 0u);
  EXPECT_NE(outcome.out.find("| Member | Support |"), std::string::npos);
  EXPECT_NE(outcome.out.find("### 5. What shared future am I inviting them into?"), std::string::npos);
}

TEST(PitchCli, BadNamesAreBadInputWithASuggestion) {
  CliOutcome outcome = run_cli("pitch --proposal doge_mandat");
  EXPECT_EQ(outcome.exit_code, 2);
  EXPECT_NE(outcome.err.find("did you mean 'doge_mandate'"), std::string::npos) << outcome.err;
  outcome = run_cli("pitch --proposal doge_mandate --room trump,trunp");
  EXPECT_EQ(outcome.exit_code, 2);
  EXPECT_NE(outcome.err.find("--room"), std::string::npos) << outcome.err;
  outcome = run_cli("pitch --proposal doge_mandate --room musk");
  EXPECT_EQ(outcome.exit_code, 2);
  outcome = run_cli("pitch --proposal doge_mandate --format pdf");
  EXPECT_EQ(outcome.exit_code, 2);
}

}  // namespace
}  // namespace faultline::testing
