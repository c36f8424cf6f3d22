#pragma once
// As-of backtests: the forecast as it stood on each of a sequence of dates, ignoring the events after each,
// so one sees how the forecast moved as events came in — and, where a tie's break was observed, how well
// each forecast scored against it (Brier score of "breaks by the horizon").

#include <optional>
#include <span>
#include <vector>

#include "faultline/analysis/stress.hpp"

namespace faultline {

struct AsOfTie {
  std::array<std::string, 2> between;
  double p_fracture = 0.0;
  std::array<double, 2> ci95{};
  std::optional<Date> median_fracture;
  std::string top_trigger;      // the most frequent trigger; empty when no run broke
  std::optional<bool> broke;    // whether the tie's observed end (in the full scenario) came by the horizon
  std::optional<double> brier;  // (p_fracture − broke)², when `broke` is known
  bool already_ended = false;   // the tie had ended as of this date
};

struct AsOfPoint {
  Date as_of;
  std::vector<AsOfTie> ties;
};

struct AsOfSeries {
  std::string scenario;
  std::uint64_t runs = 0;
  std::uint64_t seed = 0;
  Date horizon;
  std::vector<AsOfPoint> points;
};

// The first day of every month from `from`'s month through `to` (both inclusive when they are firsts).
[[nodiscard]] std::vector<Date> monthly_dates(Date from, Date to);

// Forecasts as of each date (options.as_of is overridden). `progress` counts the runs of all forecasts.
[[nodiscard]] AsOfSeries run_as_of_series(const Scenario& scenario, const StressOptions& options,
                                          std::span<const Date> dates, const ProgressFunction& progress = {});

}  // namespace faultline
