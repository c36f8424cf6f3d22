// `faultline stress [FILE] [--runs N] [--seed S] [--horizon DATE] [--threads K] [--as-of DATE]
// [--as-of-series [--from DATE] [--to DATE]] [--battery] [--json]`: the fracture forecast of every tie.
#include <iostream>
#include <thread>

#include "alignment_flags.hpp"
#include "command.hpp"
#include "faultline/analysis/backtest.hpp"
#include "faultline/analysis/stress.hpp"
#include "faultline/analysis/stress_battery.hpp"
#include "faultline/report/stress_json.hpp"
#include "faultline/report/stress_text.hpp"
#include "progress_bar.hpp"
#include "scenario_source.hpp"

namespace faultline::cli {
namespace {

struct StressArguments {
  std::string file;
  std::string horizon;
  std::string as_of;
  bool as_of_series = false;
  std::string from;
  std::string to;
  bool battery = false;
  bool json = false;
  StressOptions options;
};

// A number not below `least` (or above it, when `strictly`), said in words where CLI11's own range check
// would print the largest double.
CLI::Validator at_least(double least, bool strictly) {
  const std::string expected =
      std::string{strictly ? "greater than " : "at least "} + CLI::detail::to_string(least);
  return {[least, strictly, expected](std::string& text) -> std::string {
            double value = 0.0;
            if (!CLI::detail::lexical_cast(text, value)) return "expected a number, got '" + text + "'";
            const bool fits = strictly ? value > least : value >= least;
            return fits ? std::string{} : "expected a number " + expected + ", got " + text;
          },
          strictly ? "POSITIVE" : "NONNEGATIVE", "at least"};
}

void add_dynamics_flags(CLI::App& command, DynamicsOptions& dynamics) {
  // Rates, spreads and half-lives are never negative and τ is a positive scale: a negative walk or rate
  // would not fail loudly, it would quietly simulate another model.
  const auto add = [&](const std::string& name, double& value, const std::string& what,
                       const CLI::Validator& range) {
    command.add_option(name, value, what)
        ->capture_default_str()
        ->check(range)
        ->group("Dynamics (docs/model.md)");
  };
  add("--base-hazard", dynamics.base_hazard, "λ0: exit rate per year at worth = threshold",
      at_least(0.0, false));
  add("--tau-calm", dynamics.tau_calm, "τ at volatility 0: worth below threshold per e-fold of the exit rate",
      at_least(0.0, true));
  add("--tau-volatile", dynamics.tau_volatile, "τ at volatility 1", at_least(0.0, true));
  add("--salience-walk", dynamics.salience_walk_sd, "sd of a salience's random walk over a year",
      at_least(0.0, false));
  add("--flow-half-life", dynamics.flow_half_life_years,
      "years for an unrenewed flow to lose half (0: never)", at_least(0.0, false));
  add("--perception-rate", dynamics.perception_rate, "rate per year a misperception closes, times salience",
      at_least(0.0, false));
  add("--revelation-rate", dynamics.revelation_rate,
      "rate per year a misperception is revealed, times salience", at_least(0.0, false));
  add("--input-sd-scale", dynamics.input_sd_scale, "multiplies every input's sd (0: no input uncertainty)",
      at_least(0.0, false));
}

int run_stress_command(const StressArguments& args) {
  const Scenario scenario = load_scenario(args.file);
  StressOptions options = args.options;
  if (!args.horizon.empty()) options.horizon = parse_date_flag("--horizon", args.horizon);
  if (!args.as_of.empty()) options.as_of = parse_date_flag("--as-of", args.as_of);
  ProgressBar bar;

  if (args.as_of_series) {
    const Date from = args.from.empty() ? scenario.time.start : parse_date_flag("--from", args.from);
    const Date to = args.to.empty() ? forecast_horizon(scenario, options) : parse_date_flag("--to", args.to);
    const std::vector<Date> dates = monthly_dates(from, to);
    const AsOfSeries series = run_as_of_series(scenario, options, dates, bar.callback());
    if (args.json) {
      std::cout << report::to_json(series).dump(2) << '\n';
    } else {
      std::cout << report::as_of_series_text(series, scenario);
    }
    return 0;
  }
  if (args.battery) {
    const BatteryResult result = run_stress_battery(scenario, options, bar.callback());
    if (args.json) {
      std::cout << report::to_json(result).dump(2) << '\n';
    } else {
      std::cout << report::stress_text(result.baseline, scenario) << report::battery_text(result, scenario);
    }
    return 0;
  }
  const StressResult result = run_stress(scenario, options, bar.callback());
  if (args.json) {
    std::cout << report::to_json(result).dump(2) << '\n';
  } else {
    std::cout << report::stress_text(result, scenario);
  }
  return 0;
}

CommandRun setup_stress(CLI::App& command) {
  auto args = std::make_shared<StressArguments>();
  args->options.threads = static_cast<int>(std::max(1U, std::thread::hardware_concurrency()));
  command.add_option("file", args->file,
                     "scenario file (.yaml, .yml or .json); the embedded demo when left out");
  command.add_option("--runs", args->options.runs, "Monte-Carlo runs")
      ->capture_default_str()
      ->check(CLI::Range(1ULL, 1ULL << 40U));
  command.add_option("--seed", args->options.seed, "random seed: the same seed gives the same output")
      ->capture_default_str();
  command.add_option("--horizon", args->horizon,
                     "forecast up to this date (YYYY-MM-DD); the scenario's end by default");
  command
      .add_option("--threads", args->options.threads, "worker threads (changes the speed, never the result)")
      ->capture_default_str()
      ->check(CLI::Range(1, 1024));
  command.add_option("--as-of", args->as_of, "forecast from this date, ignoring the events after it");
  command.add_flag("--as-of-series", args->as_of_series,
                   "forecast as of the first of every month from --from to --to and show how it moved");
  command.add_option("--from", args->from, "first as-of date of the series (default: the scenario's start)");
  command.add_option("--to", args->to, "last as-of date of the series (default: the horizon)");
  command.add_flag("--battery", args->battery,
                   "also run the stress battery (standard and the scenario's pressures)");
  command.add_flag("--json", args->json, "print the result as JSON (docs/stress.md)");
  add_alignment_flags(command, args->options.alignment);
  add_dynamics_flags(command, args->options.dynamics);
  return [args] { return run_stress_command(*args); };
}

const RegisterCommand registered{
    {"stress", "forecast each tie's fracture: survival, P(fracture), triggers; --battery for pressures", 30,
     setup_stress}};

}  // namespace
}  // namespace faultline::cli
