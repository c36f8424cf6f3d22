// `faultline analyze [FILE] [--as-of DATE] [--json]`: the alignment analysis of every tie.
#include <iostream>

#include "alignment_flags.hpp"
#include "command.hpp"
#include "faultline/analysis/alignment.hpp"
#include "faultline/analysis/timeline.hpp"
#include "faultline/report/alignment_json.hpp"
#include "faultline/report/alignment_text.hpp"
#include "scenario_source.hpp"

namespace faultline::cli {
namespace {

struct AnalyzeArguments {
  std::string file;
  std::string as_of;
  bool json = false;
  AlignmentOptions options;
};

CommandRun setup_analyze(CLI::App& command) {
  auto args = std::make_shared<AnalyzeArguments>();
  command.add_option("file", args->file,
                     "scenario file (.yaml, .yml or .json); the embedded demo when left out");
  command.add_option("--as-of", args->as_of, "apply the events up to this date (YYYY-MM-DD) first");
  command.add_flag("--json", args->json, "print the result as JSON (docs/json.md)");
  add_alignment_flags(command, args->options);
  return [args] {
    Scenario scenario = load_scenario(args->file);
    if (!args->as_of.empty()) scenario = state_as_of(scenario, parse_date_flag("--as-of", args->as_of));
    AlignmentResult result = analyze_alignment(scenario, args->options);
    result.as_of = args->as_of;
    if (args->json) {
      std::cout << report::to_json(result).dump(2) << '\n';
    } else {
      std::cout << report::alignment_text(result, scenario);
    }
    return 0;
  };
}

const RegisterCommand registered{
    {"analyze", "what every tie rests on: values, exchange, common threat, power; faultlines", 20,
     setup_analyze}};

}  // namespace
}  // namespace faultline::cli
