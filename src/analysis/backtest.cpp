#include "faultline/analysis/backtest.hpp"

#include <algorithm>
#include <string>

#include "faultline/model/error.hpp"

namespace faultline {

std::vector<Date> monthly_dates(Date from, Date to) {
  std::vector<Date> dates;
  const std::string first = from.to_iso();
  int year = std::stoi(first.substr(0, 4));
  int month = std::stoi(first.substr(5, 2));
  if (first.substr(8, 2) != "01") ++month;  // the next first of a month on or after `from`
  for (;;) {
    if (month > 12) {
      month = 1;
      ++year;
    }
    const auto date =
        Date::from_iso(std::to_string(year) + (month < 10 ? "-0" : "-") + std::to_string(month) + "-01");
    if (!date || *date > to) break;
    dates.push_back(*date);
    ++month;
  }
  return dates;
}

namespace {

// The observed end of each tie in the full scenario (the last event that ends it is not needed: the first).
std::optional<Date> observed_end_of(const Scenario& scenario, const std::array<std::string, 2>& between) {
  std::optional<Date> end;
  for (const Event& event : scenario.events) {
    for (const Effect& effect : event.effects) {
      const auto* tie_end = std::get_if<TieEndEffect>(&effect);
      if (tie_end == nullptr) continue;
      const bool same = (tie_end->between[0] == between[0] && tie_end->between[1] == between[1]) ||
                        (tie_end->between[0] == between[1] && tie_end->between[1] == between[0]);
      if (same && (!end || event.at < *end)) end = event.at;
    }
  }
  return end;
}

}  // namespace

AsOfSeries run_as_of_series(const Scenario& scenario, const StressOptions& options,
                            std::span<const Date> dates, const ProgressFunction& progress) {
  AsOfSeries series;
  series.scenario = scenario.id;
  series.runs = options.runs;
  series.seed = options.seed;
  series.horizon = forecast_horizon(scenario, options);
  const std::uint64_t total = options.runs * dates.size();
  std::uint64_t finished = 0;
  for (Date date : dates) {
    if (date > series.horizon) throw Error("an as-of date lies after the horizon");
    StressOptions at_date = options;
    at_date.as_of = date;
    const StressResult result = run_stress(scenario, at_date, [&](std::uint64_t done, std::uint64_t) {
      if (progress) progress(finished + done, total);
    });
    finished += options.runs;
    AsOfPoint point{date, {}};
    for (const TieForecast& forecast : result.ties) {
      AsOfTie tie;
      tie.between = forecast.between;
      tie.p_fracture = forecast.p_fracture;
      tie.ci95 = forecast.ci95;
      tie.median_fracture = forecast.median_fracture;
      if (!forecast.triggers.empty()) tie.top_trigger = forecast.triggers.front().what;
      const std::optional<Date> end = observed_end_of(scenario, forecast.between);
      tie.already_ended = end && *end <= date;
      if (!tie.already_ended) {
        tie.broke = end && *end <= series.horizon;
        const double outcome = *tie.broke ? 1.0 : 0.0;
        tie.brier = (tie.p_fracture - outcome) * (tie.p_fracture - outcome);
      }
      point.ties.push_back(std::move(tie));
    }
    series.points.push_back(std::move(point));
  }
  return series;
}

}  // namespace faultline
