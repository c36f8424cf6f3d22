// The JSON API over real HTTP returns exactly what the CLI's `--json` prints: analyze and stress, as
// declared, as of a date and after an edit (compared with the CLI run on the same edit written to a file).
#include <fstream>

#include "cli_runner.hpp"
#include "faultline/analysis/alignment.hpp"
#include "faultline/io/scenario_reader.hpp"
#include "faultline/report/html_report.hpp"
#include "server_test_fixture.hpp"

namespace faultline::testing {
namespace {

nlohmann::json cli_json(const std::string& arguments) {
  const CliOutcome outcome = run_cli(arguments);
  EXPECT_EQ(outcome.exit_code, 0) << arguments << ": " << outcome.err;
  return nlohmann::json::parse(outcome.out);
}

TEST_F(ServerTest, ListsEveryScenarioInTheDirectory) {
  auto result = client().Get("/api/scenarios");
  ASSERT_TRUE(result);
  EXPECT_EQ(result->status, 200);
  EXPECT_EQ(result->get_header_value("Content-Type"), "application/json");
  const auto listing = nlohmann::json::parse(result->body);
  std::vector<std::string> names;
  for (const auto& entry : listing.at("scenarios")) names.push_back(entry.at("name"));
  EXPECT_NE(std::find(names.begin(), names.end(), "musk-trump-2025.yaml"), names.end());
  EXPECT_EQ(names.size(),
            static_cast<std::size_t>(std::distance(std::filesystem::directory_iterator{served()},
                                                   std::filesystem::directory_iterator{})));
}

TEST_F(ServerTest, AnalyzeReturnsExactlyTheCliJsonForEveryExample) {
  for (const auto& entry : std::filesystem::directory_iterator{served()}) {
    const std::string name = entry.path().filename().string();
    auto result = post("/api/scenarios/" + name + "/analyze", "");
    ASSERT_TRUE(result);
    ASSERT_EQ(result->status, 200) << name << ": " << result->body;
    EXPECT_EQ(nlohmann::json::parse(result->body), cli_json("analyze scenarios/" + name + " --json")) << name;
  }
}

TEST_F(ServerTest, AnalyzeAsOfADateEqualsTheCli) {
  auto result = post("/api/scenarios/musk-trump-2025.yaml/analyze", R"({"as_of": "2025-06-10"})");
  ASSERT_TRUE(result);
  ASSERT_EQ(result->status, 200) << result->body;
  EXPECT_EQ(nlohmann::json::parse(result->body),
            cli_json("analyze scenarios/musk-trump-2025.yaml --as-of 2025-06-10 --json"));
}

TEST_F(ServerTest, AnEditChangesTheAnalysisExactlyAsTheSameEditInAFile) {
  const std::string edit =
      R"({"edits": [{"path": "actors.musk.values.fiscal.salience", "value": 0.05},
                    {"path": "ties.0.flows.0.value", "value": 0.2}]})";
  auto edited = post("/api/scenarios/musk-trump-2025.yaml/analyze", edit);
  ASSERT_TRUE(edited);
  ASSERT_EQ(edited->status, 200) << edited->body;
  const auto edited_json = nlohmann::json::parse(edited->body);
  EXPECT_NE(edited_json, cli_json("analyze scenarios/musk-trump-2025.yaml --json"));

  // The same edit made by saving it, then the CLI on the saved file.
  auto saved = put("/api/scenarios/musk-trump-2025.yaml", edit);
  ASSERT_TRUE(saved);
  ASSERT_EQ(saved->status, 200) << saved->body;
  EXPECT_EQ(edited_json, cli_json("analyze '" + (served() / "musk-trump-2025.yaml").string() + "' --json"));
}

TEST_F(ServerTest, OpeningAScenarioOffersItsNumbersWithPathsThatEditThem) {
  auto result = client().Get("/api/scenarios/musk-trump-2025.yaml");
  ASSERT_TRUE(result);
  ASSERT_EQ(result->status, 200);
  const auto scenario = nlohmann::json::parse(result->body);
  EXPECT_EQ(scenario.at("id"), "musk-trump-2025");
  bool found = false;
  for (const auto& field : scenario.at("fields")) {
    EXPECT_LE(field.at("min").get<double>(), field.at("value").get<double>());
    EXPECT_GE(field.at("max").get<double>(), field.at("value").get<double>());
    if (field.at("path") == "actors.musk.values.fiscal.salience") {
      found = true;
      EXPECT_EQ(field.at("value"), 0.8);  // as written in scenarios/musk-trump-2025.yaml
    }
  }
  EXPECT_TRUE(found) << "Musk's fiscal salience is offered";
  EXPECT_GT(scenario.at("fields").size(), 50U);
}

TEST_F(ServerTest, StressJobReportsProgressAndReturnsExactlyTheCliJson) {
  const auto status = run_stress_job("musk-trump-2025.yaml", R"({"runs": 400, "seed": 7})");
  ASSERT_EQ(status.at("state"), "done") << status.dump();
  EXPECT_EQ(status.at("done"), 400);
  EXPECT_EQ(status.at("total"), 400);
  EXPECT_EQ(status.at("result"),
            cli_json("stress scenarios/musk-trump-2025.yaml --runs 400 --seed 7 --json"));
}

TEST_F(ServerTest, StressBatteryEqualsTheCli) {
  const auto status =
      run_stress_job("reading-project-cofounders.yaml", R"({"runs": 200, "seed": 3, "battery": true})");
  ASSERT_EQ(status.at("state"), "done") << status.dump();
  EXPECT_EQ(
      status.at("result"),
      cli_json("stress scenarios/reading-project-cofounders.yaml --runs 200 --seed 3 --battery --json"));
}

TEST_F(ServerTest, MuskFiscalSalienceMovesTheTiesForecast) {
  const auto declared = run_stress_job("musk-trump-2025.yaml", R"({"runs": 2000, "seed": 1})");
  const auto indifferent = run_stress_job(
      "musk-trump-2025.yaml",
      R"({"runs": 2000, "seed": 1, "edits": [{"path": "actors.musk.values.fiscal.salience", "value": 0.0}]})");
  ASSERT_EQ(declared.at("state"), "done");
  ASSERT_EQ(indifferent.at("state"), "done");
  const double before = declared.at("result").at("ties")[0].at("p_fracture");
  const double after = indifferent.at("result").at("ties")[0].at("p_fracture");
  EXPECT_NE(before, after);
}

}  // namespace
}  // namespace faultline::testing

namespace faultline::testing {
namespace {

TEST_F(ServerTest, ReportReturnsTheHtmlReportsSectionsForTheEditedScenario) {
  const std::string edit = R"({"edits": [{"path": "ties.0.flows.1.value", "value": 0}]})";
  auto declared = post("/api/scenarios/musk-trump-2025.yaml/report", "");
  auto edited = post("/api/scenarios/musk-trump-2025.yaml/report", edit);
  ASSERT_TRUE(declared);
  ASSERT_TRUE(edited);
  ASSERT_EQ(declared->status, 200) << declared->body;
  EXPECT_EQ(declared->get_header_value("Content-Type"), "text/html; charset=utf-8");
  const Scenario scenario = io::read_scenario_file(served() / "musk-trump-2025.yaml");
  const AlignmentResult alignment = analyze_alignment(scenario, AlignmentOptions{});
  EXPECT_EQ(declared->body, report::html_report_sections({.scenario = &scenario, .alignment = &alignment}));
  EXPECT_NE(edited->body, declared->body);
  auto css = client().Get("/report.css");
  ASSERT_TRUE(css);
  EXPECT_EQ(css->body, report::html_report_css());
}

}  // namespace
}  // namespace faultline::testing
