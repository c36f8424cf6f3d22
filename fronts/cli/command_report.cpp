// `faultline report [FILE] -o report.html [--runs N] [--seed S] [--threads K] [--proposal ID]...`: every
// analysis of a scenario as one self-contained HTML page with SVG charts (docs/report.md), written
// atomically.
#include <filesystem>
#include <iostream>
#include <thread>

#include "command.hpp"
#include "faultline/analysis/alignment.hpp"
#include "faultline/analysis/coalition.hpp"
#include "faultline/analysis/pitch.hpp"
#include "faultline/analysis/stress_battery.hpp"
#include "faultline/io/atomic_file.hpp"
#include "faultline/io/did_you_mean.hpp"
#include "faultline/model/error.hpp"
#include "faultline/report/html_report.hpp"
#include "progress_bar.hpp"
#include "scenario_source.hpp"

namespace faultline::cli {
namespace {

struct ReportArguments {
  std::string file;
  std::string output = "report.html";
  std::vector<std::string> proposals;  // empty: every proposal that names a room
  StressOptions stress;
};

// The proposals to brief: the ones named (each must exist), or every proposal with a default room.
std::vector<std::string> proposals_to_brief(const Scenario& scenario, const std::vector<std::string>& named) {
  std::vector<std::string> ids;
  for (const Proposal& proposal : scenario.proposals) ids.push_back(proposal.id);
  if (named.empty()) {
    std::vector<std::string> briefed;
    for (const Proposal& proposal : scenario.proposals) {
      if (!proposal.room.empty()) briefed.push_back(proposal.id);
    }
    return briefed;
  }
  for (const std::string& id : named) {
    const Proposal* proposal = scenario.find_proposal(id);
    if (proposal == nullptr || proposal->room.empty()) {
      throw InputError(Diagnostic{.file = {},
                                  .line = 0,
                                  .column = 0,
                                  .path = "--proposal",
                                  .message = proposal == nullptr
                                                 ? "unknown proposal '" + id + "'" + io::did_you_mean(id, ids)
                                                 : "proposal '" + id + "' names no room"});
    }
  }
  return named;
}

int run_report(const ReportArguments& args) {
  const Scenario scenario = load_scenario(args.file);
  const std::vector<std::string> proposals = proposals_to_brief(scenario, args.proposals);

  const AlignmentResult alignment = analyze_alignment(scenario, args.stress.alignment);
  BatteryResult battery;
  {
    ProgressBar bar;
    battery = run_stress_battery(scenario, args.stress, bar.callback());
  }
  const CoalitionResult coalition = analyze_coalition(scenario);
  std::vector<PitchResult> pitches;
  for (const std::string& id : proposals) {
    PitchOptions options;
    options.proposal = id;
    pitches.push_back(brief_pitch(scenario, options));
  }

  report::ReportInputs inputs{&scenario, &alignment, &battery, &coalition, {}};
  for (const PitchResult& pitch : pitches) inputs.pitches.push_back(&pitch);
  write_file_atomically(args.output, report::html_report_page(inputs));
  std::cout << std::filesystem::absolute(args.output).lexically_normal().string() << '\n';
  return 0;
}

CommandRun setup_report(CLI::App& command) {
  auto args = std::make_shared<ReportArguments>();
  args->stress.threads = static_cast<int>(std::max(1U, std::thread::hardware_concurrency()));
  command.add_option("file", args->file,
                     "scenario file (.yaml, .yml or .json); the embedded demo when left out");
  command.add_option("-o,--output", args->output, "the HTML file to write (replaced atomically)")
      ->capture_default_str();
  command.add_option("--runs", args->stress.runs, "Monte-Carlo runs per forecast")
      ->capture_default_str()
      ->check(CLI::Range(1ULL, 1ULL << 40U));
  command.add_option("--seed", args->stress.seed, "random seed: the same seed gives the same report")
      ->capture_default_str();
  command
      .add_option("--threads", args->stress.threads, "worker threads (changes the speed, never the result)")
      ->check(CLI::Range(1, 1024));
  command.add_option("--proposal", args->proposals,
                     "brief this proposal (repeatable); every proposal with a room by default");
  return [args] { return run_report(*args); };
}

const RegisterCommand registered{
    {"report", "every analysis as one self-contained HTML page with charts (-o FILE)", 70, setup_report}};

}  // namespace
}  // namespace faultline::cli
