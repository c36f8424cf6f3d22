#include "faultline/analysis/stress_battery.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <set>

namespace faultline {

namespace {

constexpr std::string_view external_threat_id = "external_threat";

Pressure exchange_cut(const Scenario& state, Date at, double cut) {
  Pressure pressure{
      .id = "exchange",
      .what = fmt::format("exchange -{:.0f}%: every flow loses {:.0f}% of its value", 100 * cut, 100 * cut),
      .at = at,
      .effects = {}};
  for (const Tie& tie : state.ties) {
    for (const Flow& flow : tie.flows) {
      pressure.effects.push_back(
          FlowEffect{flow.from, flow.to, Change{Change::Mode::delta, -cut * flow.value.value}, std::nullopt});
    }
  }
  return pressure;
}

Pressure divergent_salience(const Scenario& state, Date at, double rise, double gap) {
  Pressure pressure{.id = "divergence",
                    .what = fmt::format("divergent issues' salience +{:.1f} on both sides", rise),
                    .at = at,
                    .effects = {}};
  std::set<std::pair<std::string, std::string>> raised;  // (actor, issue), each raised once
  for (const Tie& tie : state.ties) {
    const Actor* a = state.find_actor(tie.between[0]);
    const Actor* b = state.find_actor(tie.between[1]);
    if (a == nullptr || b == nullptr) continue;
    for (const Issue& issue : state.issues) {
      const auto x = a->issues.find(issue.id);
      const auto y = b->issues.find(issue.id);
      if (x == a->issues.end() || y == b->issues.end()) continue;
      if (std::abs(x->second.position.value - y->second.position.value) < gap) continue;
      for (const Actor* actor : {a, b}) {
        if (raised.insert({actor->id, issue.id}).second) {
          pressure.effects.push_back(StanceEffect{actor->id, TopicKind::issue, issue.id, std::nullopt,
                                                  Change{Change::Mode::delta, rise}});
        }
      }
    }
  }
  return pressure;
}

Pressure full_revelation(const Scenario& state, Date at) {
  Pressure pressure{
      .id = "revelation", .what = "full revelation of every true position", .at = at, .effects = {}};
  std::set<std::pair<std::string, std::string>> revealed;  // (actor, topic)
  for (const Actor& observer : state.actors) {
    for (const auto& [target, beliefs] : observer.perceives) {
      for (const auto& [topic, believed] : beliefs) {
        (void)believed;
        if (!revealed.insert({target, topic}).second) continue;
        const TopicKind kind = state.find_topic(TopicKind::dimension, topic) != nullptr ? TopicKind::dimension
                                                                                        : TopicKind::issue;
        pressure.effects.push_back(RevealEffect{target, kind, topic});
      }
    }
  }
  return pressure;
}

}  // namespace

Scenario with_external_threat(const Scenario& scenario, double hostility) {
  Scenario threatened = scenario;
  double capability = 0.0;
  for (const Actor& actor : scenario.actors) capability = std::max(capability, actor.capability.value);
  Actor threat{.id = std::string{external_threat_id}, .name = "An external threat"};
  threat.capability = {capability > 0.0 ? capability : 1.0, 0.0};
  threatened.actors.push_back(threat);
  std::set<std::string> members;
  for (const Tie& tie : scenario.ties) members.insert(tie.between.begin(), tie.between.end());
  for (const std::string& member : members) {
    threatened.relations.push_back({{member, std::string{external_threat_id}}, {-hostility, 0.0}});
  }
  return threatened;
}

std::vector<BatteryPressure> standard_pressures(const Scenario& state, Date at, const BatterySizes& sizes) {
  std::vector<BatteryPressure> pressures;
  pressures.push_back({exchange_cut(state, at, sizes.exchange_cut), true, 0.0});
  pressures.push_back({divergent_salience(state, at, sizes.salience_rise, sizes.divergent_gap), true, 0.0});
  pressures.push_back({full_revelation(state, at), true, 0.0});
  pressures.push_back({Pressure{.id = "threat",
                                .what = "an external threat as strong as the strongest actor, hostile to all",
                                .at = at,
                                .effects = {}},
                       true, sizes.threat_hostility});
  return pressures;
}

StressResult run_pressure(const Scenario& scenario, const StressOptions& options,
                          const BatteryPressure& pressure, const ProgressFunction& progress) {
  const std::span<const Pressure> one{&pressure.pressure, 1};
  if (pressure.external_threat <= 0.0) return run_stress(scenario, options, progress, one);
  // The threat stands from the scenario's start, before any as-of cut: it is part of the hypothetical world.
  return run_stress(with_external_threat(scenario, pressure.external_threat), options, progress, one);
}

BatteryResult run_stress_battery(const Scenario& scenario, const StressOptions& options,
                                 const ProgressFunction& progress, const BatterySizes& sizes) {
  const Date start = forecast_start(scenario, options);
  std::vector<BatteryPressure> pressures =
      standard_pressures(forecast_state(scenario, options), start, sizes);
  for (const Pressure& own : scenario.pressures) pressures.push_back({own, false, 0.0});

  const std::uint64_t total = options.runs * (pressures.size() + 1);
  std::uint64_t finished = 0;
  const auto slice = [&](std::uint64_t done, std::uint64_t) {
    if (progress) progress(finished + done, total);
  };
  BatteryResult result;
  result.baseline = run_stress(scenario, options, slice);
  finished += options.runs;
  for (const BatteryPressure& pressure : pressures) {
    PressureForecast forecast{pressure.pressure.id,
                              pressure.pressure.what.empty() ? pressure.pressure.id : pressure.pressure.what,
                              pressure.standard,
                              {}};
    forecast.result = run_pressure(scenario, options, pressure, slice);
    finished += options.runs;
    result.pressures.push_back(std::move(forecast));
  }
  return result;
}

}  // namespace faultline
