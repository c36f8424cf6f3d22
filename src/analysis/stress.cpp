#include "faultline/analysis/stress.hpp"

#include <algorithm>
#include <cmath>

#include "faultline/analysis/dynamics.hpp"
#include "faultline/analysis/stress_plan.hpp"
#include "faultline/analysis/timeline.hpp"
#include "faultline/model/error.hpp"

namespace faultline {

std::array<double, 2> wilson_interval(std::uint64_t hits, std::uint64_t n) noexcept {
  if (n == 0) return {0.0, 1.0};
  constexpr double z = 1.959963984540054;
  const double size = static_cast<double>(n);
  const double p = static_cast<double>(hits) / size;
  const double denominator = 1.0 + z * z / size;
  const double centre = (p + z * z / (2.0 * size)) / denominator;
  const double half = z * std::sqrt(p * (1.0 - p) / size + z * z / (4.0 * size * size)) / denominator;
  return {std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

Scenario forecast_state(const Scenario& scenario, const StressOptions& options) {
  return options.as_of ? state_as_of(scenario, *options.as_of) : scenario;
}

Date forecast_start(const Scenario& scenario, const StressOptions& options) {
  return options.as_of ? *options.as_of : scenario.time.start;
}

Date forecast_horizon(const Scenario& scenario, const StressOptions& options) {
  return options.horizon ? *options.horizon : scenario.time.end;
}

namespace {

TieForecast summarise_tie(const StressPlan& plan, const PlanTie& tie, const TieTally& tally,
                          std::uint64_t runs) {
  TieForecast forecast;
  forecast.between = tie.between;
  forecast.observed_end = tie.observed_end;
  const int last_counted = std::min(plan.steps, tie.censor_step - 1);
  std::uint64_t broken = 0;
  const double total = static_cast<double>(std::max<std::uint64_t>(runs, 1));
  for (int step = 0; step <= std::max(0, last_counted); ++step) {
    broken += tally.fractures_at[static_cast<std::size_t>(step)];
    const double survival = 1.0 - static_cast<double>(broken) / total;
    forecast.survival.push_back({plan.date_of_step(step), survival});
    if (!forecast.median_fracture && survival <= 0.5) forecast.median_fracture = plan.date_of_step(step);
  }
  forecast.p_fracture = static_cast<double>(broken) / total;
  forecast.ci95 = wilson_interval(broken, runs);
  const std::uint64_t left = tally.leavers[0] + tally.leavers[1];
  if (left > 0) {
    forecast.first_to_leave = {static_cast<double>(tally.leavers[0]) / static_cast<double>(left),
                               static_cast<double>(tally.leavers[1]) / static_cast<double>(left)};
  }
  std::vector<std::pair<std::uint64_t, TriggerLabel>> counted;
  for (std::size_t i = 0; i < tally.triggers.size(); ++i) {
    if (tally.triggers[i] > 0) counted.emplace_back(tally.triggers[i], plan.trigger_labels[i]);
  }
  if (tally.from_the_start > 0)
    counted.emplace_back(tally.from_the_start, TriggerLabel{"below threshold from the start", ""});
  // Most frequent first; equal counts by name, so the order never depends on the sort.
  std::sort(counted.begin(), counted.end(), [](const auto& x, const auto& y) {
    return x.first != y.first ? x.first > y.first : x.second < y.second;
  });
  for (const auto& [count, label] : counted) {
    forecast.triggers.push_back(
        {label.what, label.cause, left > 0 ? static_cast<double>(count) / static_cast<double>(left) : 0.0});
  }
  return forecast;
}

}  // namespace

StressResult run_stress(const Scenario& scenario, const StressOptions& options,
                        const ProgressFunction& progress, std::span<const Pressure> pressures) {
  const Date start = forecast_start(scenario, options);
  const Date horizon = forecast_horizon(scenario, options);
  if (horizon < start) throw Error("the stress horizon lies before the forecast's start");
  const StressPlan plan = compile_stress_plan(forecast_state(scenario, options), start, horizon, pressures);
  const EnsembleTally tally = run_ensemble(
      plan, options.dynamics, options.alignment,
      EnsembleSpec{.seed = options.seed, .first_run = 0, .runs = options.runs, .threads = options.threads},
      progress);

  StressResult result;
  result.scenario = scenario.id;
  result.title = scenario.title;
  result.runs = options.runs;
  result.seed = options.seed;
  result.start = start;
  result.horizon = horizon;
  result.as_of = options.as_of;
  result.step_days = plan.step_days;
  const auto declared =
      worth_path(plan, DynamicsOptions::deterministic(), options.alignment, options.seed, 0);
  for (std::size_t i = 0; i < plan.ties.size(); ++i) {
    TieForecast forecast = summarise_tie(plan, plan.ties[i], tally.ties[i], tally.runs);
    forecast.start_worth = declared[i].front();
    for (int s = 0; s < 2; ++s) {
      forecast.threshold[static_cast<std::size_t>(s)] = plan.declared[static_cast<std::size_t>(
          plan.layout.threshold + plan.ties[i].sides[static_cast<std::size_t>(s)].actor)];
    }
    result.ties.push_back(std::move(forecast));
  }
  return result;
}

}  // namespace faultline
