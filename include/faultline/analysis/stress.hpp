#pragma once
// The stress test and fracture forecast (DESIGN.md §3 and §6 "stress"): per tie, the survival curve,
// P(fracture by the horizon) with its 95 % interval, the median time to fracture, who leaves first and what
// triggered the fracture, from a Monte-Carlo ensemble over every input's sd. Pure: Scenario in, Result out.

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "faultline/analysis/alignment_options.hpp"
#include "faultline/analysis/dynamics_options.hpp"
#include "faultline/analysis/monte_carlo.hpp"
#include "faultline/model/scenario.hpp"

namespace faultline {

struct StressOptions {
  std::uint64_t runs = 10000;
  std::uint64_t seed = 1;
  int threads = 1;              // changes the speed, never the result
  std::optional<Date> horizon;  // the scenario's end when absent
  std::optional<Date> as_of;    // forecast from this date, ignoring later events
  DynamicsOptions dynamics;
  AlignmentOptions alignment;
};

struct SurvivalPoint {
  Date t;
  double s = 1.0;  // share of runs in which the tie still stands at t
};

struct TriggerShare {
  std::string what;   // `issue:budget_bill`, `flow:trump->musk`, `reveal:trump.fiscal`, `threat`, ...
  std::string cause;  // the event (or `pressure: …`) that last changed it before the break; empty when none
  double share = 0.0;  // of the runs in which the tie broke
};

struct TieForecast {
  std::array<std::string, 2> between;
  double p_fracture = 0.0;                 // by the horizon (or by the observed end, when that comes first)
  std::array<double, 2> ci95{};            // Wilson score interval
  std::optional<Date> median_fracture;     // when half the runs have broken; absent if fewer than half do
  std::array<double, 2> first_to_leave{};  // shares of the broken runs, per side
  std::vector<TriggerShare> triggers;      // most frequent first
  std::vector<SurvivalPoint> survival;     // at every step from the start to the last counted step
  std::optional<Date> observed_end;        // the tie's observed break: counting stops there
  std::array<double, 2> start_worth{};     // each side's worth at the start, on the declared values
  std::array<double, 2> threshold{};       // each side's declared threshold
};

struct StressResult {
  std::string scenario;
  std::string title;
  std::uint64_t runs = 0;
  std::uint64_t seed = 0;
  Date start;
  Date horizon;
  std::optional<Date> as_of;
  double step_days = 7.0;
  std::vector<TieForecast> ties;
};

// The scenario a forecast starts from: as of `options.as_of` (later events ignored) or as declared.
[[nodiscard]] Scenario forecast_state(const Scenario& scenario, const StressOptions& options);
[[nodiscard]] Date forecast_start(const Scenario& scenario, const StressOptions& options);
[[nodiscard]] Date forecast_horizon(const Scenario& scenario, const StressOptions& options);

// Runs the forecast. `pressures` (hypothetical changes) strike on top of the scenario's own events.
[[nodiscard]] StressResult run_stress(const Scenario& scenario, const StressOptions& options,
                                      const ProgressFunction& progress = {},
                                      std::span<const Pressure> pressures = {});

// 95 % Wilson score interval of a proportion `hits / n`.
[[nodiscard]] std::array<double, 2> wilson_interval(std::uint64_t hits, std::uint64_t n) noexcept;

}  // namespace faultline
