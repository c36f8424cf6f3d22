// `faultline demo`: the embedded Musk–Trump scenario through every analysis, with no file needed: what each
// tie rests on, how the events of 2024–2025 moved it, the stress battery, the coalition view and a pitch
// brief.
#include <fmt/format.h>

#include <filesystem>
#include <iostream>
#include <optional>
#include <thread>

#include "command.hpp"
#include "faultline/analysis/alignment.hpp"
#include "faultline/analysis/coalition.hpp"
#include "faultline/analysis/pitch.hpp"
#include "faultline/analysis/stress_battery.hpp"
#include "faultline/analysis/timeline.hpp"
#include "faultline/io/atomic_file.hpp"
#include "faultline/report/alignment_text.hpp"
#include "faultline/report/factions_text.hpp"
#include "faultline/report/html_report.hpp"
#include "faultline/report/pitch_text.hpp"
#include "faultline/report/stress_text.hpp"
#include "progress_bar.hpp"
#include "scenario_source.hpp"

namespace faultline::cli {
namespace {

struct DemoArguments {
  StressOptions stress;
  std::string proposal = "doge_mandate";
};

void section(std::string_view title) {
  std::cout << "\n" << std::string(100, '=') << "\n" << title << "\n";
}

// How each tie's classification and worth moved between the declared start and the last event.
void timeline_summary(const Scenario& scenario) {
  if (scenario.events.empty()) return;
  Date last = scenario.events.front().at;
  for (const Event& event : scenario.events) last = std::max(last, event.at);
  const AlignmentResult before = analyze_alignment(scenario);
  const AlignmentResult after = analyze_alignment(state_as_of(scenario, last));
  section(fmt::format("2. What the events did: {} → {} ({} events)", scenario.time.start.to_iso(),
                      last.to_iso(), scenario.events.size()));
  std::cout << fmt::format("\n  {:<34}{:<18}{:<18}{:>22}\n", "tie", "at the start", "after the events",
                           "worth (perceived)");
  for (std::size_t i = 0; i < before.ties.size(); ++i) {
    const TieAlignment& a = before.ties[i];
    const TieAlignment& b = after.ties[i];
    std::cout << fmt::format("  {:<34}{:<18}{:<18}{:>+7.2f} → {:+.2f} / {:+.2f} → {:+.2f}\n",
                             a.between[0] + " – " + a.between[1], to_string(a.classification),
                             to_string(b.classification), a.sides[0].worth, b.sides[0].worth,
                             a.sides[1].worth, b.sides[1].worth);
  }
}

CommandRun setup_demo(CLI::App& command) {
  auto args = std::make_shared<DemoArguments>();
  args->stress.runs = 20000;
  args->stress.threads = static_cast<int>(std::max(1U, std::thread::hardware_concurrency()));
  command.add_option("--runs", args->stress.runs, "Monte-Carlo runs per forecast")->capture_default_str();
  command.add_option("--seed", args->stress.seed, "random seed")->capture_default_str();
  command
      .add_option("--threads", args->stress.threads, "worker threads (changes the speed, never the result)")
      ->check(CLI::PositiveNumber);
  return [args] {
    const Scenario scenario = load_scenario("");
    section("1. What every tie rests on (the scenario as declared)");
    const AlignmentResult alignment = analyze_alignment(scenario);
    std::cout << report::alignment_text(alignment, scenario);

    timeline_summary(scenario);

    section("3. Stress battery: P(fracture) under pressure");
    ProgressBar bar;
    const BatteryResult battery = run_stress_battery(scenario, args->stress, bar.callback());
    std::cout << report::stress_text(battery.baseline, scenario) << report::battery_text(battery, scenario);

    section("4. Coalitions and factions");
    const CoalitionResult coalition = analyze_coalition(scenario);
    std::cout << report::coalition_text(coalition);

    std::optional<PitchResult> pitch;
    if (scenario.find_proposal(args->proposal) != nullptr) {
      section("5. Pitch brief");
      PitchOptions options;
      options.proposal = args->proposal;
      pitch = brief_pitch(scenario, options);
      std::cout << report::pitch_text(*pitch, scenario);
    }

    // The same results as one page of charts (docs/report.md).
    report::ReportInputs inputs{&scenario, &alignment, &battery, &coalition, {}};
    if (pitch) inputs.pitches.push_back(&*pitch);
    const std::filesystem::path page = std::filesystem::absolute("demo-report.html");
    write_file_atomically(page, report::html_report_page(inputs));
    std::cout << "\nThe report with charts: " << page.string() << '\n';
    return 0;
  };
}

const RegisterCommand registered{
    {"demo", "run every analysis on the embedded Musk–Trump scenario", 0, setup_demo}};

}  // namespace
}  // namespace faultline::cli
