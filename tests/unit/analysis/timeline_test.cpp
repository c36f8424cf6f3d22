#include "faultline/analysis/timeline.hpp"

#include <gtest/gtest.h>

#include "faultline/model/error.hpp"

namespace faultline {
namespace {

Date day(const char* iso) {
  return *Date::from_iso(iso);
}

Scenario pair_scenario() {
  Scenario scenario;
  Actor a{.id = "a"};
  a.values["d"] = {{0.5, 0.0}, {0.5, 0.0}};
  a.perceives["b"]["d"] = {0.9, 0.0};
  Actor b{.id = "b"};
  b.values["d"] = {{-0.5, 0.0}, {0.5, 0.0}};
  scenario.actors = {a, b};
  scenario.dimensions = {{"d", "D", {"-", "+"}, ""}};
  scenario.ties = {Tie{.between = {"a", "b"}, .flows = {Flow{"a", "b", "money", {0.6, 0.0}, {0.3, 0.0}}}}};
  return scenario;
}

TEST(Timeline, DeltasAddAndSetsReplaceWithinRange) {
  Scenario scenario = pair_scenario();
  scenario.events = {Event{day("2025-01-01"),
                           "first",
                           {StanceEffect{"a", TopicKind::dimension, "d", Change{Change::Mode::delta, 0.8},
                                         Change{Change::Mode::set, 0.9}},
                            FlowEffect{"a", "b", Change{Change::Mode::delta, -0.4}, std::nullopt}}},
                     Event{day("2025-02-01"),
                           "second",
                           {FlowEffect{"a", "b", Change{Change::Mode::delta, -0.4}, std::nullopt}}}};
  const Scenario january = state_as_of(scenario, day("2025-01-15"));
  EXPECT_DOUBLE_EQ(january.actors[0].values.at("d").position.value, 1.0);  // 0.5 + 0.8 clamped
  EXPECT_DOUBLE_EQ(january.actors[0].values.at("d").salience.value, 0.9);
  EXPECT_NEAR(january.ties[0].flows[0].value.value, 0.2, 1e-12);
  EXPECT_TRUE(january.events.empty());
  const Scenario february = state_as_of(scenario, day("2025-02-01"));
  EXPECT_DOUBLE_EQ(february.ties[0].flows[0].value.value, 0.0);  // flows never go negative
}

TEST(Timeline, EventsApplyInDateOrderWhateverTheFileOrder) {
  Scenario scenario = pair_scenario();
  scenario.events = {
      Event{
          day("2025-02-01"), "later", {FlowEffect{"a", "b", Change{Change::Mode::delta, 0.1}, std::nullopt}}},
      Event{day("2025-01-01"),
            "earlier",
            {FlowEffect{"a", "b", Change{Change::Mode::set, 0.0}, std::nullopt}}}};
  EXPECT_DOUBLE_EQ(state_as_of(scenario, day("2025-03-01")).ties[0].flows[0].value.value, 0.1);
}

TEST(Timeline, RevealDropsPerceptionsAndTieEndIsRecorded) {
  Scenario scenario = pair_scenario();
  scenario.events = {Event{
      day("2025-01-01"), "truth", {RevealEffect{"b", TopicKind::dimension, "d"}, TieEndEffect{{"b", "a"}}}}};
  const Scenario after = state_as_of(scenario, day("2025-01-01"));
  EXPECT_TRUE(after.actors[0].perceives.at("b").empty());
  ASSERT_TRUE(after.ties[0].ended.has_value());
  EXPECT_EQ(after.ties[0].ended->to_iso(), "2025-01-01");
}

TEST(Timeline, UnknownFlowIsAnError) {
  Scenario scenario = pair_scenario();
  EXPECT_THROW(apply_effect(scenario, FlowEffect{"b", "a", Change{}, std::nullopt}, day("2025-01-01")),
               Error);
}

}  // namespace
}  // namespace faultline
