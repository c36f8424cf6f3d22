#pragma once
// Small scenarios built in code for the stress engine's tests, with worths that can be checked by hand.

#include "faultline/model/scenario.hpp"

namespace faultline::stress_testing {

inline Date day(const char* iso) {
  return *Date::from_iso(iso);
}

// Two partners a and b and a third actor c hostile to both. With the default weights (α = β = 1, γ = 0.25,
// δ = 0.5) and no noise, by hand:
//   a: VA (perceived) = 1·(1 − |0.8 − 0.8|)/1 = 1.0; EX = 0.3 − 0.2 = 0.1; CT = 2·min(1, 0.5)/(1 + 1) = 0.5;
//      PA = 0; issue cost = 0.25·0.4·|1 − (−1)| = 0.2;  W_a = 1.0 + 0.1 + 0.5 − 0.2 = 1.4
//   b: VA = 0.5·(1 − |0.4 − 0.8|)/0.5 = 0.6; EX = 0.6 − 0.1 = 0.5; CT = 0.5; issue cost = 0.25·0.2·2 = 0.1;
//      W_b = 0.6 + 0.5 + 0.5 − 0.1 = 1.5
inline Scenario pair_scenario(double threshold = 0.0) {
  Scenario scenario;
  scenario.id = "pair";
  scenario.time = {day("2025-01-01"), day("2026-01-01"), 7.0, "week"};
  scenario.dimensions = {{"d", "D", {"-", "+"}, ""}};
  scenario.issues = {{"i", "I", {"-", "+"}, ""}};
  Actor a{.id = "a", .name = "A"};
  a.threshold = {threshold, 0.0};
  a.values["d"] = {{0.8, 0.0}, {1.0, 0.0}};
  a.issues["i"] = {{1.0, 0.0}, {0.4, 0.0}};
  a.perceives["b"]["d"] = {0.8, 0.0};
  Actor b{.id = "b", .name = "B"};
  b.threshold = {threshold, 0.0};
  b.values["d"] = {{0.4, 0.0}, {0.5, 0.0}};
  b.issues["i"] = {{-1.0, 0.0}, {0.2, 0.0}};
  Actor c{.id = "c", .name = "C"};
  c.capability = {2.0, 0.0};
  scenario.actors = {a, b, c};
  scenario.ties = {Tie{.between = {"a", "b"},
                       .flows = {Flow{"a", "b", "money", {0.6, 0.0}, {0.2, 0.0}},
                                 Flow{"b", "a", "help", {0.3, 0.0}, {0.1, 0.0}}}}};
  scenario.relations = {{{"a", "c"}, {-1.0, 0.0}}, {{"b", "c"}, {-0.5, 0.0}}};
  return scenario;
}

// The same scenario with every input uncertain (sd 0.1), for the Monte-Carlo properties.
inline Scenario noisy_pair_scenario(double threshold) {
  Scenario scenario = pair_scenario(threshold);
  for (Actor& actor : scenario.actors) {
    actor.threshold.sd = 0.1;
    for (auto* stances : {&actor.values, &actor.issues}) {
      for (auto& [id, stance] : *stances) {
        stance.position.sd = 0.1;
        stance.salience.sd = 0.1;
      }
    }
  }
  for (Flow& flow : scenario.ties[0].flows) {
    flow.value.sd = 0.1;
    flow.cost.sd = 0.05;
  }
  return scenario;
}

}  // namespace faultline::stress_testing
