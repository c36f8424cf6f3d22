// `faultline pitch [FILE] --proposal ID [--room a,b,c] [--format text|md|json]`: the pitch brief — each room
// member's support, the follow-through, and seed 000's five clarity questions answered with names and
// numbers.
#include <algorithm>
#include <iostream>

#include "alignment_flags.hpp"
#include "command.hpp"
#include "faultline/analysis/pitch.hpp"
#include "faultline/analysis/timeline.hpp"
#include "faultline/io/did_you_mean.hpp"
#include "faultline/model/error.hpp"
#include "faultline/report/pitch_json.hpp"
#include "faultline/report/pitch_markdown.hpp"
#include "faultline/report/pitch_text.hpp"
#include "scenario_source.hpp"

namespace faultline::cli {
namespace {

struct PitchArguments {
  std::string file;
  std::string as_of;
  std::string format = "text";
  bool json = false;
  PitchOptions options;
};

[[noreturn]] void bad_flag(const std::string& flag, const std::string& message) {
  throw InputError(Diagnostic{.file = {}, .line = 0, .column = 0, .path = flag, .message = message});
}

// Names the CLI user typed are checked here, so a typo reads as bad input with a suggestion rather than as an
// analysis error.
void check_names(const Scenario& scenario, const PitchOptions& options) {
  if (scenario.find_proposal(options.proposal) == nullptr) {
    std::vector<std::string> ids;
    for (const Proposal& proposal : scenario.proposals) ids.push_back(proposal.id);
    bad_flag("--proposal", ids.empty() ? "the scenario declares no proposals"
                                       : "unknown proposal '" + options.proposal + "'" +
                                             io::did_you_mean(options.proposal, ids));
  }
  const Proposal& proposal = *scenario.find_proposal(options.proposal);
  if (options.room.empty() && proposal.room.empty()) {
    bad_flag("--room", "proposal '" + proposal.id + "' names no room: give one with --room a,b,c");
  }
  std::vector<std::string> actors;
  for (const Actor& actor : scenario.actors) actors.push_back(actor.id);
  for (std::size_t i = 0; i < options.room.size(); ++i) {
    const std::string& member = options.room[i];
    if (scenario.find_actor(member) == nullptr) {
      bad_flag("--room", "unknown actor '" + member + "'" + io::did_you_mean(member, actors));
    }
    if (member == proposal.by)
      bad_flag("--room", "'" + member + "' makes the proposal and cannot be in its room");
    if (std::find(options.room.begin(), options.room.begin() + static_cast<std::ptrdiff_t>(i), member) !=
        options.room.begin() + static_cast<std::ptrdiff_t>(i)) {
      bad_flag("--room", "'" + member + "' is in the room twice");
    }
  }
}

CommandRun setup_pitch(CLI::App& command) {
  auto args = std::make_shared<PitchArguments>();
  command.add_option("file", args->file,
                     "scenario file (.yaml, .yml or .json); the embedded demo when left out");
  command.add_option("--proposal", args->options.proposal, "id of the proposal to brief (`proposals:`)")
      ->required();
  command.add_option("--room", args->options.room, "who is in the room (comma-separated actor ids)")
      ->delimiter(',');
  command.add_option("--format", args->format, "text, md (Markdown ready to paste) or json")
      ->check(CLI::IsMember({"text", "md", "json"}))
      ->capture_default_str();
  command.add_flag("--json", args->json, "same as --format json");
  command.add_option("--as-of", args->as_of, "apply the events up to this date (YYYY-MM-DD) first");
  command
      .add_option("--loss-aversion", args->options.support.loss_aversion,
                  "λ: how much more a loss counts than an equal gain")
      ->capture_default_str()
      ->check(CLI::Range(0.0, 10.0))
      ->group("Pitch model");
  command
      .add_option("--offer-cut", args->options.follow_up.offer_cut,
                  "follow-up: share of every offer's value delayed or cut")
      ->capture_default_str()
      ->check(CLI::Range(0.0, 1.0))
      ->group("Pitch model");
  // Only the faultline cut-off matters here: question 2 reads faultlines, never worth.
  command
      .add_option("--active-salience", args->options.alignment.active_salience,
                  "question 2: joint salience from which a faultline is active")
      ->capture_default_str()
      ->check(CLI::Range(0.0, 1.0))
      ->group("Pitch model");
  return [args] {
    Scenario scenario = load_scenario(args->file);
    if (!args->as_of.empty()) scenario = state_as_of(scenario, parse_date_flag("--as-of", args->as_of));
    check_names(scenario, args->options);
    const PitchResult result = brief_pitch(scenario, args->options);
    if (args->json || args->format == "json") {
      std::cout << report::to_json(result, scenario).dump(2) << '\n';
    } else if (args->format == "md") {
      std::cout << report::pitch_markdown(result, scenario);
    } else {
      std::cout << report::pitch_text(result, scenario);
    }
    return 0;
  };
}

const RegisterCommand registered{
    {"pitch", "brief a pitch: who supports it and why, who keeps supporting it, five clarity questions", 40,
     setup_pitch}};

}  // namespace
}  // namespace faultline::cli
