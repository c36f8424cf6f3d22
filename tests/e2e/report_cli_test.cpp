// `faultline report` run as a user would: it writes one self-contained page, prints its path, shows the same
// P(fracture) as `stress --battery --json` for the same runs and seed, and rejects bad input with exit
// code 2.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <regex>
#include <string>

#include "cli_runner.hpp"
#include "golden.hpp"

namespace faultline::testing {
namespace {

namespace fs = std::filesystem;

class ReportCli : public ::testing::Test {
 protected:
  void SetUp() override {
    directory_ =
        fs::temp_directory_path() / ("faultline-report-" + std::to_string(::getpid()) + "-" +
                                     ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(directory_);
    fs::create_directories(directory_);
  }
  void TearDown() override { fs::remove_all(directory_); }
  fs::path directory_;
};

std::vector<double> attribute_values(const std::string& html, const std::string& name) {
  const std::regex pattern{name + R"re(="([-0-9.]+)")re"};
  std::vector<double> values;
  for (auto it = std::sregex_iterator(html.begin(), html.end(), pattern); it != std::sregex_iterator(); ++it)
    values.push_back(std::stod((*it)[1].str()));
  return values;
}

TEST_F(ReportCli, WritesTheDemoReportAndPrintsItsPath) {
  const fs::path output = directory_ / "report.html";
  const CliOutcome outcome = run_cli("report -o '" + output.string() + "' --runs 400 --seed 5 --threads 2");
  ASSERT_EQ(outcome.exit_code, 0) << outcome.err;
  EXPECT_EQ(outcome.out, output.string() + "\n");
  const std::string html = read_text(output);
  EXPECT_EQ(html.rfind("<!doctype html>", 0), 0u);
  EXPECT_EQ(html.find("http://"), std::string::npos);
  EXPECT_EQ(html.find("https://"), std::string::npos);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  // The demo's six actors on the map, its classifications in words, the pitch brief of every proposal.
  const std::size_t map = html.find("<figure class=\"chart chart-map\"");
  ASSERT_NE(map, std::string::npos);
  const std::string map_figure = html.substr(map, html.find("</figure>", map) - map);
  std::size_t circles = 0;
  for (std::size_t at = map_figure.find("<circle"); at != std::string::npos;
       at = map_figure.find("<circle", at + 1))
    ++circles;
  EXPECT_EQ(circles, 6u);
  for (const char* word : {"transactional", "aligned", "Give DOGE a mandate to cut federal spending"})
    EXPECT_NE(html.find(word), std::string::npos) << word;
  EXPECT_EQ(std::distance(fs::directory_iterator{directory_}, fs::directory_iterator{}), 1);
}

TEST_F(ReportCli, FractureProbabilitiesMatchTheStressJson) {
  const fs::path output = directory_ / "report.html";
  const CliOutcome report = run_cli("report -o '" + output.string() + "' --runs 400 --seed 5 --threads 3");
  ASSERT_EQ(report.exit_code, 0) << report.err;
  const CliOutcome stress = run_cli("stress --battery --json --runs 400 --seed 5 --threads 1");
  ASSERT_EQ(stress.exit_code, 0) << stress.err;
  const auto json = nlohmann::json::parse(stress.out);
  const std::string html = read_text(output);

  // The overview table and the survival chart each show every tie's baseline P(fracture).
  const std::size_t survival = html.find("chart-survival");
  const std::size_t battery = html.find("chart-battery");
  ASSERT_NE(survival, std::string::npos);
  ASSERT_NE(battery, std::string::npos);
  const std::vector<double> overview =
      attribute_values(html.substr(0, html.find("<section id=\"fl-alignment\"")), "data-p-fracture");
  const std::vector<double> curves =
      attribute_values(html.substr(survival, battery - survival), "data-p-fracture");
  const std::vector<double> cells = attribute_values(html.substr(battery), "data-p-fracture");
  const std::size_t ties = json["ties"].size();
  ASSERT_EQ(overview.size(), ties);
  ASSERT_EQ(curves.size(), ties);
  const std::size_t columns = json["ties"][0]["battery"].size() + 1;
  ASSERT_EQ(cells.size(), ties * columns);
  for (std::size_t t = 0; t < ties; ++t) {
    const double p = json["ties"][t]["p_fracture"].get<double>();
    EXPECT_NEAR(overview[t], p, 1e-6);
    EXPECT_NEAR(curves[t], p, 1e-6);
    EXPECT_NEAR(cells[t * columns], p, 1e-6);
    for (std::size_t c = 1; c < columns; ++c)
      EXPECT_NEAR(cells[t * columns + c], json["ties"][t]["battery"][c - 1]["p_fracture"].get<double>(),
                  1e-6);
  }
}

TEST_F(ReportCli, ReplacesAnExistingFileAndBriefsOnlyTheNamedProposal) {
  const fs::path output = directory_ / "business.html";
  ASSERT_EQ(
      run_cli("report scenarios/business-partnership.yaml -o '" + output.string() + "' --runs 200").exit_code,
      0);
  const std::string first = read_text(output);
  const CliOutcome again = run_cli("report scenarios/business-partnership.yaml -o '" + output.string() +
                                   "' --runs 200 --proposal forecasting_partnership");
  ASSERT_EQ(again.exit_code, 0) << again.err;
  const std::string second = read_text(output);
  EXPECT_NE(first.find("<article class=\"pitch\""), std::string::npos);  // every proposal by default
  EXPECT_NE(second.find("<article class=\"pitch\""), std::string::npos);
  EXPECT_EQ(std::distance(fs::directory_iterator{directory_}, fs::directory_iterator{}), 1);
}

TEST_F(ReportCli, BadInputExitsWithTwoAndWritesNothing) {
  const fs::path output = directory_ / "report.html";
  const CliOutcome unknown = run_cli("report -o '" + output.string() + "' --runs 100 --proposal doge_mandat");
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_NE(unknown.err.find("--proposal"), std::string::npos) << unknown.err;
  EXPECT_NE(unknown.err.find("doge_mandate"), std::string::npos) << unknown.err;  // did you mean
  EXPECT_FALSE(fs::exists(output));
  const CliOutcome missing = run_cli("report no-such-file.yaml -o '" + output.string() + "'");
  EXPECT_EQ(missing.exit_code, 2) << missing.err;
  EXPECT_FALSE(fs::exists(output));
}

TEST_F(ReportCli, UnwritableOutputIsAnErrorNamingThePath) {
  const fs::path output = directory_ / "missing-directory" / "report.html";
  const CliOutcome outcome = run_cli("report -o '" + output.string() + "' --runs 100");
  EXPECT_NE(outcome.exit_code, 0);
  EXPECT_NE(outcome.err.find(output.string()), std::string::npos) << outcome.err;
}

}  // namespace
}  // namespace faultline::testing
