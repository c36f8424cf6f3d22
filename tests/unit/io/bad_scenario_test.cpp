// Bad inputs: every problem is reported, each with file:line:column, field path and what was expected.
// Each fixture tests/data/bad/NAME has its exact expected diagnostics in NAME.expected, one per line, as the
// CLI prints them (`error: ` + Diagnostic::to_string()); tests/e2e/check_cli_test.cpp runs the same fixtures
// through `faultline check`.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <sstream>

#include "faultline/io/scenario_reader.hpp"
#include "faultline/model/error.hpp"
#include "golden.hpp"

namespace faultline::io {
namespace {

using faultline::testing::read_text;
using faultline::testing::source_path;

const std::filesystem::path bad_fixtures = "tests/data/bad";

std::vector<std::string> fixture_names() {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator{source_path(bad_fixtures)}) {
    if (entry.path().extension() != ".expected") names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

// The diagnostics of a rejected input, one per line as the CLI prints them; "" when the input was accepted.
std::string diagnostics_of(std::string_view text, ScenarioFormat format, std::string_view file) {
  try {
    (void)parse_scenario(text, format, file);
  } catch (const InputError& error) {
    std::string lines;
    for (const Diagnostic& d : error.diagnostics()) lines += "error: " + d.to_string() + "\n";
    return lines;
  }
  return "";
}

std::string diagnostics_of_yaml(std::string_view text) {
  return diagnostics_of(text, ScenarioFormat::yaml, "t.yaml");
}

class BadFixture : public ::testing::TestWithParam<std::string> {};

TEST_P(BadFixture, ReportsExactlyTheExpectedDiagnostics) {
  const std::string relative = (bad_fixtures / GetParam()).string();
  const std::string text = read_text(source_path(relative));
  const std::string expected = read_text(source_path(relative + ".expected"));
  ASSERT_FALSE(expected.empty()) << relative << ".expected lists no diagnostic";
  EXPECT_EQ(diagnostics_of(text, scenario_format_of(relative), relative), expected);
}

// Test names from file names: `unknown_field.yaml` runs as Fixtures/BadFixture.…/unknown_field_yaml.
std::string test_name(const ::testing::TestParamInfo<std::string>& parameter) {
  std::string name = parameter.param;
  std::replace(name.begin(), name.end(), '.', '_');
  return name;
}

INSTANTIATE_TEST_SUITE_P(Fixtures, BadFixture, ::testing::ValuesIn(fixture_names()), test_name);

TEST(BadFixtures, CoverAtLeastTwentyKindsInBothFormats) {
  const auto names = fixture_names();
  EXPECT_GE(names.size(), 20U);
  const auto count = [&](std::string_view extension) {
    return std::count_if(names.begin(), names.end(),
                         [&](const std::string& n) { return n.ends_with(extension); });
  };
  EXPECT_GE(count(".yaml"), 10);
  EXPECT_GE(count(".json"), 5);
  for (const std::string& name : names) {
    EXPECT_TRUE(std::filesystem::exists(source_path(bad_fixtures / (name + ".expected")))) << name;
  }
}

TEST(BadScenario, ReportsEveryProblemOfAFileNotJustTheFirst) {
  const std::string text = read_text(source_path("tests/data/bad/many_problems.yaml"));
  try {
    (void)parse_scenario(text, ScenarioFormat::yaml, "many.yaml");
    FAIL() << "accepted";
  } catch (const InputError& error) {
    std::vector<std::string> found;
    for (const Diagnostic& d : error.diagnostics()) found.push_back(d.to_string());
    EXPECT_EQ(
        found,
        (std::vector<std::string>{
            "many.yaml:10:5: actors[musk].capabilty: unknown field 'capabilty'; did you mean "
            "'capability'?",
            "many.yaml:11:48: actors[musk].values.fiscal.salience: expected a number in [0, 1], got 1.8",
            "many.yaml:13:16: actors[trump].threshold: expected a number, got 'low'",
            "many.yaml:14:14: actors[trump].issues.budget_bil: unknown issue 'budget_bil'; did you "
            "mean 'budget_bill'?",
            "many.yaml:17:12: ties[0].since: expected a date YYYY-MM-DD, got '2024-02-30'",
            "many.yaml:21:22: relations[0].between[1]: unknown actor 'democrats'",
            "many.yaml:26:16: events[0].effects[0].flow: no flow from trump to musk is declared under "
            "ties",
            "many.yaml:28:9: events[1].at: date 2026-01-15 is outside the time range 2024-07-01 to "
            "2025-12-31",
            "many.yaml:31:21: sources[0].url: unknown field 'url'; expected one of ref, note, about",
        }));
    // The exception's text carries every diagnostic too, one per line.
    const std::string all{error.what()};
    EXPECT_EQ(std::count(all.begin(), all.end(), '\n'), 8);
  }
}

TEST(BadScenario, DiagnosticsCarryTheirPartsSeparately) {
  try {
    (void)parse_scenario(
        "faultline: 1\ntime: {start: 2025-01-01, end: 2025-12-31}\nactors: [{id: a, capability: -2}]\n",
        ScenarioFormat::yaml, "x.yaml");
    FAIL() << "accepted";
  } catch (const InputError& error) {
    ASSERT_EQ(error.diagnostics().size(), 1U);
    const Diagnostic& d = error.diagnostics()[0];
    EXPECT_EQ(d.file, "x.yaml");
    EXPECT_EQ(d.line, 3);
    EXPECT_EQ(d.column, 30);
    EXPECT_EQ(d.path, "actors[a].capability");
    EXPECT_EQ(d.message, "expected a number >= 0, got -2");
  }
}

TEST(BadScenario, ActorPathsUseTheIdOrTheIndexWhenThereIsNone) {
  EXPECT_EQ(diagnostics_of_yaml("faultline: 1\ntime: {start: 2025-01-01, end: 2025-12-31}\n"
                                "actors: [{id: a}, {name: no id}]\n"),
            "error: t.yaml:3:19: actors[1]: missing required field 'id'\n");
}

TEST(BadScenario, QuotedNumbersAreStrings) {
  EXPECT_EQ(
      diagnostics_of_yaml("faultline: '1'\ntime: {start: 2025-01-01, end: 2025-12-31}\nactors: [{id: a}]\n"),
      "error: t.yaml:1:12: faultline: expected the format version 1, got the string \"1\"\n");
}

TEST(BadScenario, DeltasMayLeaveTheRangeButSetValuesMayNot) {
  const std::string base = R"(faultline: 1
time: {start: 2025-01-01, end: 2025-12-31}
dimensions: [{id: d}]
actors: [{id: a, values: {d: {position: 0.5, salience: 0.5}}}]
events: [{at: 2025-02-01, effects: [)";
  EXPECT_EQ(diagnostics_of_yaml(base + "{actor: a, dimension: d, position: -1.8, salience: 2}]}]\n"), "");
  EXPECT_EQ(diagnostics_of_yaml(base + "{actor: a, dimension: d, set: {salience: 2}}]}]\n"),
            "error: t.yaml:5:78: events[0].effects[0].set.salience: expected a number in [0, 1], got 2\n");
}

TEST(BadScenario, LongGarbageIsShortenedInMessages) {
  const std::string garbage(200, 'x');
  EXPECT_EQ(diagnostics_of_yaml("faultline: 1\ntime: {start: 2025-01-01, end: 2025-12-31}\nactors: [{id: a, "
                                "capability: " +
                                garbage + "}]\n"),
            "error: t.yaml:3:30: actors[a].capability: expected a number >= 0, got '" + std::string(40, 'x') +
                "...'\n");
}

// Robustness: whatever the input, the reader answers with an InputError, never a crash, a hang or another
// exception type.

TEST(BadScenarioRobustness, DeepNestingIsRejected) {
  const std::string deep = std::string(100'000, '[') + std::string(100'000, ']');
  EXPECT_EQ(diagnostics_of(deep, ScenarioFormat::yaml, "deep.yaml"),
            "error: deep.yaml:1:1: invalid YAML: nested more than 499 levels deep\n");
  EXPECT_EQ(diagnostics_of(deep, ScenarioFormat::json, "deep.json"),
            "error: deep.json:1:1: invalid YAML: nested more than 499 levels deep\n");
  const std::string deep_map = "faultline: 1\nsources: " + std::string(50'000, '{') + "\n";
  EXPECT_NE(diagnostics_of(deep_map, ScenarioFormat::yaml, "deep.yaml"), "");
  // Just under the limit, nesting is fine (and reported as the wrong shape).
  const std::string shallow = std::string(499, '[') + std::string(499, ']');
  EXPECT_EQ(
      diagnostics_of(shallow, ScenarioFormat::yaml, "shallow.yaml"),
      "error: shallow.yaml:1:1: expected a scenario mapping (faultline: 1, time, actors, ...), got a list\n");
}

TEST(BadScenarioRobustness, AliasesCannotBlowUpTheWalk) {
  // Each source names a list of 1000 paths through one alias: 1000 sources are a million nodes to visit.
  std::string text =
      "faultline: 1\ntime: {start: 2025-01-01, end: 2025-12-31}\nactors: [{id: a}]\npaths: &p [";
  for (int i = 0; i < 1000; ++i) text += "x,";
  text += "x]\nsources:\n  - &s {ref: r, about: *p}\n";
  for (int i = 0; i < 1000; ++i) text += "  - *s\n";
  const std::string diagnostics = diagnostics_of_yaml(text);
  EXPECT_NE(diagnostics.find("input too large: more than 200000 nodes (after expanding aliases)"),
            std::string::npos)
      << diagnostics;
}

TEST(BadScenarioRobustness, StopsListingAfterAHundredProblems) {
  std::string text = "faultline: 1\ntime: {start: 2025-01-01, end: 2025-12-31}\nactors:\n";
  for (int i = 0; i < 300; ++i) text += "  - {id: a" + std::to_string(i) + ", capability: -1}\n";
  const std::string diagnostics = diagnostics_of_yaml(text);
  EXPECT_EQ(std::count(diagnostics.begin(), diagnostics.end(), '\n'), 101);
  EXPECT_TRUE(diagnostics.ends_with("error: t.yaml: too many problems; stopped after 100\n"));
}

TEST(BadScenarioRobustness, RefusesOversizedInput) {
  const std::string huge(5 * 1024 * 1024, ' ');
  EXPECT_EQ(diagnostics_of_yaml(huge),
            "error: t.yaml: file too large: 5242880 bytes (the limit is 4194304)\n");
}

// A stray `,` outside brackets once made yaml-cpp loop forever (found by the fuzzer; see yaml_document.cpp).
TEST(BadScenarioRobustness, BinaryAndOddTextGiveInputErrors) {
  const std::vector<std::string> inputs{std::string("\0\xff\xfe\x01", 4),
                                        "\t\t- :",
                                        "? [a]\n: b",
                                        "*undefined",
                                        "&a [*a]",
                                        "{\"a\": 1e400}",
                                        "!!binary x",
                                        "\xef\xbb\xbf{}",
                                        ",",
                                        "a\n,",
                                        "[1]\n,\n,"};
  for (const std::string& input : inputs) {
    for (auto format : {ScenarioFormat::yaml, ScenarioFormat::json}) {
      EXPECT_NE(diagnostics_of(input, format, "odd"), "") << input;
    }
  }
}

}  // namespace
}  // namespace faultline::io
