// Valid scenarios read into exactly the model values the file states, in YAML and in JSON alike.
#include "faultline/io/scenario_reader.hpp"

#include <gtest/gtest.h>

#include <variant>

#include "faultline/model/error.hpp"
#include "golden.hpp"
#include "scenario_dump.hpp"

namespace faultline::io {
namespace {

using faultline::testing::read_text;
using faultline::testing::source_path;

Scenario read_fixture(const std::string& name) {
  return read_scenario_file(source_path("tests/data/good/" + name));
}

// A scenario with only what is required, to which tests add one section.
constexpr std::string_view minimal = R"(faultline: 1
time: {start: 2025-01-01, end: 2025-12-31}
actors:
  - {id: musk}
)";

Scenario parse(std::string_view text, std::string_view file = "test.yaml") {
  return parse_scenario(text, ScenarioFormat::yaml, file);
}

void expect_uncertain(const Uncertain& actual, double value, double sd) {
  EXPECT_DOUBLE_EQ(actual.value, value);
  EXPECT_DOUBLE_EQ(actual.sd, sd);
}

TEST(ScenarioReader, ReadsTheHeaderTimeAndTopics) {
  const Scenario s = read_fixture("full.yaml");
  EXPECT_EQ(s.format, 1);
  EXPECT_EQ(s.id, "full-example");
  EXPECT_EQ(s.title, "Musk–Trump alliance, 2024–2025");
  EXPECT_EQ(s.time.start, Date::from_iso("2024-07-01"));
  EXPECT_EQ(s.time.end, Date::from_iso("2025-12-31"));
  EXPECT_DOUBLE_EQ(s.time.step_days, 7.0);
  EXPECT_EQ(s.time.step_label, "week");
  EXPECT_DOUBLE_EQ(s.defaults.sd, 0.1);
  ASSERT_EQ(s.dimensions.size(), 2U);
  EXPECT_EQ(s.dimensions[0].id, "fiscal");
  EXPECT_EQ(s.dimensions[0].label, "Fiscal discipline");
  EXPECT_EQ(s.dimensions[0].poles[0], "deficits are fine");
  EXPECT_EQ(s.dimensions[0].poles[1], "balance the budget");
  EXPECT_EQ(s.dimensions[1].id, "ethos");
  ASSERT_EQ(s.issues.size(), 1U);
  EXPECT_EQ(s.issues[0].id, "budget_bill");
  EXPECT_EQ(s.issues[0].description, "the 2025 budget");
}

TEST(ScenarioReader, ReadsActorsWithBareAndUncertainNumbers) {
  const Scenario s = read_fixture("full.yaml");
  ASSERT_EQ(s.actors.size(), 3U);
  const Actor& musk = s.actors[0];
  EXPECT_EQ(musk.id, "musk");
  EXPECT_EQ(musk.name, "Elon Musk");
  expect_uncertain(musk.capability, 0.8, 0.1);  // a bare number takes defaults.sd
  expect_uncertain(musk.temperament.volatility, 0.8, 0.1);
  expect_uncertain(musk.temperament.ego, 0.9, 0.1);
  expect_uncertain(musk.threshold, 0.0, 0.1);
  ASSERT_EQ(musk.values.size(), 2U);
  expect_uncertain(musk.values.at("fiscal").position, 0.9, 0.1);
  expect_uncertain(musk.values.at("fiscal").salience, 0.8, 0.1);
  expect_uncertain(musk.values.at("ethos").salience, 0.9, 0.05);  // {value, sd}
  expect_uncertain(musk.issues.at("budget_bill").position, -0.8, 0.1);
  ASSERT_EQ(musk.perceives.size(), 1U);
  expect_uncertain(musk.perceives.at("trump").at("fiscal"), 0.6, 0.1);

  const Actor& trump = s.actors[1];
  expect_uncertain(trump.capability, 1.0, 0.0);
  expect_uncertain(trump.threshold, -0.2, 0.1);
  expect_uncertain(trump.temperament.volatility, 0.5, 0.0);  // the model's default when absent
  EXPECT_TRUE(trump.perceives.empty());

  const Actor& democrats = s.actors[2];
  EXPECT_EQ(democrats.name, "Democratic Party");
  expect_uncertain(democrats.capability, 1.0, 0.0);
  EXPECT_TRUE(democrats.values.empty());
}

TEST(ScenarioReader, ReadsTiesFlowsAndRelations) {
  const Scenario s = read_fixture("full.yaml");
  ASSERT_EQ(s.ties.size(), 1U);
  const Tie& tie = s.ties[0];
  EXPECT_EQ(tie.between[0], "musk");
  EXPECT_EQ(tie.between[1], "trump");
  EXPECT_EQ(tie.since, Date::from_iso("2024-07-13"));
  ASSERT_EQ(tie.flows.size(), 2U);
  EXPECT_EQ(tie.flows[1].from, "trump");
  EXPECT_EQ(tie.flows[1].to, "musk");
  EXPECT_EQ(tie.flows[1].what, "access and policy influence via DOGE");
  expect_uncertain(tie.flows[1].value, 0.8, 0.1);
  expect_uncertain(tie.flows[1].cost, 0.2, 0.1);
  ASSERT_EQ(s.relations.size(), 2U);
  EXPECT_EQ(s.relations[1].between[0], "trump");
  EXPECT_EQ(s.relations[1].between[1], "democrats");
  expect_uncertain(s.relations[1].sign, -0.9, 0.02);
}

TEST(ScenarioReader, ReadsEventsSortedByDateWithEveryEffectKind) {
  const Scenario s = read_fixture("full.yaml");
  ASSERT_EQ(s.events.size(), 2U);
  // The file lists 2025-06-05 before 2025-05-30; events come out in time order.
  EXPECT_EQ(s.events[0].at, Date::from_iso("2025-05-30"));
  EXPECT_EQ(s.events[0].what, "Musk leaves DOGE");
  EXPECT_EQ(s.events[1].at, Date::from_iso("2025-06-05"));
  const auto& effects = s.events[0].effects;
  ASSERT_EQ(effects.size(), 6U);

  const auto& flow = std::get<FlowEffect>(effects[0]);
  EXPECT_EQ(flow.from, "trump");
  EXPECT_EQ(flow.to, "musk");
  ASSERT_TRUE(flow.value.has_value());
  EXPECT_EQ(flow.value->mode, Change::Mode::delta);
  EXPECT_DOUBLE_EQ(flow.value->amount, -0.6);
  EXPECT_FALSE(flow.cost.has_value());

  const auto& mixed = std::get<FlowEffect>(effects[1]);
  EXPECT_EQ(mixed.value->mode, Change::Mode::set);
  EXPECT_DOUBLE_EQ(mixed.value->amount, 0.1);
  EXPECT_EQ(mixed.cost->mode, Change::Mode::delta);
  EXPECT_DOUBLE_EQ(mixed.cost->amount, -0.1);

  const auto& salience = std::get<StanceEffect>(effects[2]);
  EXPECT_EQ(salience.actor, "musk");
  EXPECT_EQ(salience.kind, TopicKind::issue);
  EXPECT_EQ(salience.topic, "budget_bill");
  EXPECT_FALSE(salience.position.has_value());
  EXPECT_DOUBLE_EQ(salience.salience->amount, 0.5);  // written `+0.5`

  const auto& position = std::get<StanceEffect>(effects[3]);
  EXPECT_EQ(position.kind, TopicKind::dimension);
  EXPECT_EQ(position.position->mode, Change::Mode::set);
  EXPECT_DOUBLE_EQ(position.position->amount, -0.5);

  const auto& threshold = std::get<ThresholdEffect>(effects[4]);
  EXPECT_EQ(threshold.actor, "musk");
  EXPECT_DOUBLE_EQ(threshold.threshold.amount, 0.1);

  const auto& reveal = std::get<RevealEffect>(effects[5]);
  EXPECT_EQ(reveal.actor, "trump");
  EXPECT_EQ(reveal.kind, TopicKind::dimension);
  EXPECT_EQ(reveal.topic, "fiscal");

  const auto& relation = std::get<RelationEffect>(s.events[1].effects[0]);
  EXPECT_EQ(relation.between[1], "trump");
  EXPECT_DOUBLE_EQ(relation.sign.amount, -0.5);
  const auto& end = std::get<TieEndEffect>(s.events[1].effects[1]);
  EXPECT_EQ(end.between[0], "musk");
}

TEST(ScenarioReader, ReadsProposalsPressuresAndSources) {
  const Scenario s = read_fixture("full.yaml");
  ASSERT_EQ(s.proposals.size(), 1U);
  const Proposal& p = s.proposals[0];
  EXPECT_EQ(p.id, "doge_mandate");
  EXPECT_EQ(p.by, "musk");
  EXPECT_EQ(p.room, (std::vector<std::string>{"trump", "democrats"}));
  EXPECT_EQ(p.asserts, (std::map<std::string, double>{{"budget_bill", -0.5}, {"fiscal", 0.9}}));
  ASSERT_EQ(p.offers.size(), 1U);
  EXPECT_EQ(p.offers[0].from, "musk");  // the proposer gives
  EXPECT_EQ(p.offers[0].to, "trump");
  expect_uncertain(p.offers[0].value, 0.4, 0.1);
  ASSERT_TRUE(p.against.has_value());
  EXPECT_EQ(p.against->title, "keep the budget as it is");
  EXPECT_EQ(p.against->asserts, (std::map<std::string, double>{{"budget_bill", 0.5}}));

  ASSERT_EQ(s.pressures.size(), 2U);
  EXPECT_EQ(s.pressures[0].id, "money_dries_up");
  EXPECT_EQ(s.pressures[0].at, Date::from_iso("2025-01-01"));
  EXPECT_EQ(std::get<FlowEffect>(s.pressures[0].effects[0]).value->mode, Change::Mode::set);
  EXPECT_FALSE(s.pressures[1].at.has_value());
  EXPECT_TRUE(std::holds_alternative<RevealEffect>(s.pressures[1].effects[0]));

  ASSERT_EQ(s.sources.size(), 2U);
  EXPECT_EQ(s.sources[0].ref, "seed 002");
  EXPECT_EQ(s.sources[0].about, (std::vector<std::string>{"actors.musk.values.fiscal"}));
  EXPECT_EQ(s.sources[1].note, "");
}

TEST(ScenarioReader, JsonAndYamlOfTheSameScenarioAreEqual) {
  const Scenario from_yaml = read_fixture("full.yaml");
  const Scenario from_json = read_fixture("full.json");
  EXPECT_EQ(faultline::testing::dump(from_json), faultline::testing::dump(from_yaml));
  EXPECT_EQ(from_json.events.size(), 2U);  // the dump is not vacuous
}

TEST(ScenarioReader, TheIdDefaultsToTheFileStem) {
  EXPECT_EQ(parse(minimal, "some/dir/my-case.yaml").id, "my-case");
  EXPECT_EQ(read_fixture("minimal.json").id, "minimal");
}

TEST(ScenarioReader, FillsDefaultsForWhatIsLeftOut) {
  const Scenario s = parse(std::string{minimal} + "ties: []\n");
  EXPECT_EQ(s.title, "");
  EXPECT_DOUBLE_EQ(s.defaults.sd, 0.1);
  EXPECT_DOUBLE_EQ(s.time.step_days, 7.0);
  EXPECT_EQ(s.time.step_label, "week");
  EXPECT_EQ(s.actors[0].name, "musk");  // the id stands in for a missing name
  expect_uncertain(s.actors[0].capability, 1.0, 0.0);
  expect_uncertain(s.actors[0].threshold, 0.0, 0.0);
  EXPECT_TRUE(s.ties.empty());
}

TEST(ScenarioReader, DefaultSdAppliesToEveryBareNumberWhereverDefaultsIsWritten) {
  const Scenario s = parse(R"(faultline: 1
actors:
  - {id: musk, capability: 0.5}
defaults: {sd: 0.3}
time: {start: 2025-01-01, end: 2025-12-31}
)");
  expect_uncertain(s.actors[0].capability, 0.5, 0.3);
}

TEST(ScenarioReader, ReadsEveryStep) {
  const auto step_of = [](std::string_view step) {
    return parse("faultline: 1\ntime: {start: 2025-01-01, end: 2025-12-31, step: " + std::string{step} +
                 "}\nactors: [{id: a}]\n")
        .time;
  };
  EXPECT_DOUBLE_EQ(step_of("day").step_days, 1.0);
  EXPECT_DOUBLE_EQ(step_of("week").step_days, 7.0);
  EXPECT_DOUBLE_EQ(step_of("month").step_days, 30.436875);
  EXPECT_DOUBLE_EQ(step_of("quarter").step_days, 91.310625);
  EXPECT_DOUBLE_EQ(step_of("year").step_days, 365.2425);
  EXPECT_DOUBLE_EQ(step_of("3.5").step_days, 3.5);
  EXPECT_EQ(step_of("3.5").step_label, "3.5 days");
  EXPECT_EQ(step_of("1").step_label, "1 day");
}

TEST(ScenarioReader, ReadsTheBundledScenario) {
  const Scenario s = read_scenario_file(source_path("scenarios/musk-trump-2025.yaml"));
  EXPECT_FALSE(s.actors.empty());
  EXPECT_EQ(s.id, "musk-trump-2025");
}

TEST(ScenarioFormatOf, FollowsTheExtension) {
  EXPECT_EQ(scenario_format_of("a.yaml"), ScenarioFormat::yaml);
  EXPECT_EQ(scenario_format_of("a.YML"), ScenarioFormat::yaml);
  EXPECT_EQ(scenario_format_of("dir/a.json"), ScenarioFormat::json);
  try {
    (void)scenario_format_of("notes.txt");
    FAIL() << "a .txt file was accepted";
  } catch (const InputError& error) {
    EXPECT_STREQ(error.what(), "notes.txt: unknown scenario format '.txt': expected .yaml, .yml or .json");
  }
  try {
    (void)scenario_format_of("scenarios/README");
    FAIL() << "a file without an extension was accepted";
  } catch (const InputError& error) {
    EXPECT_STREQ(error.what(),
                 "scenarios/README: unknown scenario format (no extension): expected .yaml, .yml or .json");
  }
}

TEST(ReadScenarioFile, NamesAMissingFile) {
  try {
    (void)read_scenario_file("no/such/file.yaml");
    FAIL() << "a missing file was read";
  } catch (const InputError& error) {
    EXPECT_STREQ(error.what(), "no/such/file.yaml: cannot read the file: No such file or directory");
  }
}

}  // namespace
}  // namespace faultline::io
