#include "faultline/report/stress_text.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "faultline/report/survival_chart.hpp"
#include "faultline/report/text_bar.hpp"

namespace faultline::report {

namespace {

constexpr std::size_t triggers_shown = 4;
constexpr int bar_width = 20;

std::string actor_name(const Scenario& scenario, const std::string& id) {
  const Actor* actor = scenario.find_actor(id);
  return actor != nullptr && !actor->name.empty() ? actor->name : id;
}

std::string tie_title(const Scenario& scenario, const std::array<std::string, 2>& between) {
  return fmt::format("{} – {}", actor_name(scenario, between[0]), actor_name(scenario, between[1]));
}

std::string date_or(const std::optional<Date>& date, std::string_view otherwise) {
  return date ? date->to_iso() : std::string{otherwise};
}

std::string percent(double share) {
  return fmt::format("{:.0f}%", 100.0 * share);
}

void tie_block(std::string& out, const StressResult& result, const TieForecast& tie,
               const Scenario& scenario) {
  out += fmt::format("{}\n", tie_title(scenario, tie.between));
  const std::string until = tie.observed_end && *tie.observed_end < result.horizon
                                ? fmt::format("{}, the observed end", tie.observed_end->to_iso())
                                : result.horizon.to_iso();
  out += fmt::format("  P(fracture by {})  {:.2f}  [{:.2f}, {:.2f}]   median time to fracture: {}\n", until,
                     tie.p_fracture, tie.ci95[0], tie.ci95[1],
                     date_or(tie.median_fracture, "beyond the horizon"));
  out += fmt::format("  worth at start     {} {:+.2f} (threshold {:+.2f})   {} {:+.2f} (threshold {:+.2f})\n",
                     tie.between[0], tie.start_worth[0], tie.threshold[0], tie.between[1], tie.start_worth[1],
                     tie.threshold[1]);
  if (tie.p_fracture > 0.0) {
    out += fmt::format("  first to leave     {} {}   {} {}\n", tie.between[0], percent(tie.first_to_leave[0]),
                       tie.between[1], percent(tie.first_to_leave[1]));
    const std::size_t shown = std::min(tie.triggers.size(), triggers_shown);
    for (std::size_t i = 0; i < shown; ++i) {
      const TriggerShare& trigger = tie.triggers[i];
      const std::string cause = trigger.cause.empty() ? "" : fmt::format("  after: {}", trigger.cause);
      out += fmt::format("  {:<19}{:>4}  {}{}\n", i == 0 ? "triggers" : "", percent(trigger.share),
                         trigger.what, cause);
    }
  }
  out += "  survival\n";
  // The chart spans the whole forecast; after an observed end its columns stay empty.
  out += survival_chart(tie.survival, result.start, result.horizon, "    ");
}

}  // namespace

std::string stress_text(const StressResult& result, const Scenario& scenario) {
  std::string out =
      fmt::format("Stress forecast: {}\n", result.title.empty() ? result.scenario : result.title);
  out += fmt::format("{} runs, seed {}, from {}{} to {}, step {:g} days\n\n", result.runs, result.seed,
                     result.start.to_iso(), result.as_of ? " (as of; later events ignored)" : "",
                     result.horizon.to_iso(), result.step_days);
  for (const TieForecast& tie : result.ties) {
    tie_block(out, result, tie, scenario);
    out += '\n';
  }
  return out;
}

std::string battery_text(const BatteryResult& result, const Scenario& scenario) {
  std::string out =
      fmt::format("Stress battery: P(fracture by {}) under each pressure, {} runs each, seed {}\n\n",
                  result.baseline.horizon.to_iso(), result.baseline.runs, result.baseline.seed);
  for (std::size_t i = 0; i < result.baseline.ties.size(); ++i) {
    const TieForecast& baseline = result.baseline.ties[i];
    out += fmt::format("{}\n", tie_title(scenario, baseline.between));
    out +=
        fmt::format("  {:<44}{:>6}  {:>7}  {}\n", "baseline (no pressure)",
                    fmt::format("{:.2f}", baseline.p_fracture), "", text_bar(baseline.p_fracture, bar_width));
    for (const PressureForecast& pressure : result.pressures) {
      const double p = pressure.result.ties[i].p_fracture;
      std::string label = pressure.standard ? pressure.id : "own: " + pressure.id;
      out += fmt::format("  {:<44}{:>6}  {:>+7.2f}  {}\n", label, fmt::format("{:.2f}", p),
                         p - baseline.p_fracture, text_bar(p, bar_width));
    }
    out += '\n';
  }
  out += "Pressures:\n";
  for (const PressureForecast& pressure : result.pressures)
    out += fmt::format("  {:<24}  {}\n", pressure.id, pressure.what);
  return out;
}

std::string as_of_series_text(const AsOfSeries& series, const Scenario& scenario) {
  std::string out = fmt::format(
      "As-of series: P(fracture by {}) as the forecast stood on each date, {} runs each, seed {}\n\n",
      series.horizon.to_iso(), series.runs, series.seed);
  if (series.points.empty()) return out;
  for (std::size_t i = 0; i < series.points.front().ties.size(); ++i) {
    out += fmt::format("{}\n", tie_title(scenario, series.points.front().ties[i].between));
    out += fmt::format("  {:<12}{:>6}  {:<14}{:<30}{:<8}{}\n", "as of", "P", "95% interval", "top trigger",
                       "brier", "");
    double brier_sum = 0.0;
    int scored = 0;
    for (const AsOfPoint& point : series.points) {
      const AsOfTie& tie = point.ties[i];
      if (tie.already_ended) {
        out += fmt::format("  {:<12}{:>6}  (the tie had already ended)\n", point.as_of.to_iso(), "-");
        continue;
      }
      const std::string brier = tie.brier ? fmt::format("{:.3f}", *tie.brier) : "";
      if (tie.brier) {
        brier_sum += *tie.brier;
        ++scored;
      }
      out += fmt::format("  {:<12}{:>6.2f}  {:<14}{:<30}{:<8}{}\n", point.as_of.to_iso(), tie.p_fracture,
                         fmt::format("[{:.2f}, {:.2f}]", tie.ci95[0], tie.ci95[1]),
                         tie.top_trigger.empty() ? "-" : tie.top_trigger, brier,
                         text_bar(tie.p_fracture, bar_width));
    }
    const AsOfTie& last = series.points.back().ties[i];
    if (scored > 0 && last.broke) {
      out += fmt::format("  observed: {} by the horizon; mean Brier score {:.3f}\n",
                         *last.broke ? "broke" : "held", brier_sum / scored);
    }
    out += '\n';
  }
  return out;
}

}  // namespace faultline::report
