// `faultline factions INPUT`: the coalition-level analysis of a scenario (.yaml/.json) or a real network
// given as a CSV edge list (`--nodes FILE` adds labels, ground-truth groups and sizes): structural balance
// with its certificate, k factions, landscape, the split between two leaders, keystones, and scores against
// known groups.
#include <iostream>
#include <memory>
#include <optional>

#include "command.hpp"
#include "faultline/analysis/coalition.hpp"
#include "faultline/edge_list_graph.hpp"
#include "faultline/io/edge_list.hpp"
#include "faultline/model/error.hpp"
#include "faultline/report/factions_json.hpp"
#include "faultline/report/factions_text.hpp"
#include "scenario_source.hpp"

namespace faultline::cli {
namespace {

struct FactionsArguments {
  std::string input;
  std::string nodes;
  std::string method = "auto";
  int k = 0;
  bool exact = false;
  std::string leaders;
  double time_limit = 60.0;
  bool json = false;
  double alpha = 0.5;
  std::uint64_t seed = 1;
  int threads = 0;
  int starts = 64;
  bool signs_only = false;
  std::string group_column;
  std::string coalition;
  bool tie_worth = false;
};

bool is_edge_list(const std::string& file) {
  const std::string extension = std::filesystem::path(file).extension().string();
  return extension == ".csv" || extension == ".txt";
}

// Names given on the command line must exist in the network: bad input (exit 2), not an internal error.
void check_names(const SignedGraph& graph, const CoalitionOptions& options) {
  std::vector<Diagnostic> problems;
  auto check = [&](const std::string& name, const char* option) {
    if (!name.empty() && !graph.find(name))
      problems.push_back(Diagnostic{"", 0, 0, option, "no node has the id or unique label '" + name + "'"});
  };
  if (options.leaders) {
    check((*options.leaders)[0], "--leaders");
    check((*options.leaders)[1], "--leaders");
  }
  check(options.coalition_anchor, "--coalition");
  if (!problems.empty()) throw InputError(std::move(problems));
}

CoalitionOptions options_from(const FactionsArguments& arguments) {
  CoalitionOptions options;
  const auto method = coalition_method_from(arguments.method);
  if (!method)
    throw InputError(
        Diagnostic{"", 0, 0, "--method",
                   "'" + arguments.method + "' is not one of balance, clusters, landscape, leaders, auto"});
  options.method = *method;
  options.exact = arguments.exact;
  if (!arguments.leaders.empty()) {
    const auto comma = arguments.leaders.find(',');
    if (comma == std::string::npos || comma == 0 || comma + 1 == arguments.leaders.size())
      throw InputError(
          Diagnostic{"", 0, 0, "--leaders", "expected two node ids separated by a comma, e.g. 1,34"});
    options.leaders =
        std::array<std::string, 2>{arguments.leaders.substr(0, comma), arguments.leaders.substr(comma + 1)};
  }
  options.coalition_anchor = arguments.coalition;
  options.frustration.time_limit_s = arguments.time_limit;
  options.frustration.seed = arguments.seed;
  options.frustration.threads = arguments.threads;
  options.frustration.starts = arguments.starts;
  options.factions.k = arguments.k;
  options.factions.alpha = arguments.alpha;
  options.factions.seed = arguments.seed;
  options.factions.threads = arguments.threads;
  options.factions.time_limit_s = arguments.time_limit;
  options.landscape.seed = arguments.seed;
  options.landscape.threads = arguments.threads;
  return options;
}

CommandRun setup_factions(CLI::App& command) {
  auto arguments = std::make_shared<FactionsArguments>();
  command
      .add_option("input", arguments->input,
                  "scenario (.yaml/.json) or CSV edge list source,target[,sign][,weight]")
      ->required();
  command.add_option("--nodes", arguments->nodes, "CSV node file id,label[,group][,size] for an edge list");
  command.add_option("--method", arguments->method, "balance | clusters | landscape | leaders | auto")
      ->capture_default_str();
  command.add_option("--k", arguments->k, "number of factions (0: chosen by the criterion)")
      ->capture_default_str();
  command.add_flag("--exact", arguments->exact, "prove optimality (exact frustration index and factions)");
  command.add_option("--leaders", arguments->leaders,
                     "two leaders A,B: min-cut and spectral split between them");
  command.add_option("--time-limit", arguments->time_limit, "seconds for each exact search")
      ->capture_default_str();
  command.add_flag("--json", arguments->json, "print JSON (DESIGN.md §6 \"factions\")");
  command.add_option("--alpha", arguments->alpha, "Doreian–Mrvar weight α of negative ties within factions")
      ->capture_default_str();
  command.add_option("--seed", arguments->seed, "seed of every random start")->capture_default_str();
  command.add_option("--threads", arguments->threads, "threads (0: all; results do not depend on it)");
  command.add_option("--starts", arguments->starts, "local-search starts")->capture_default_str();
  command.add_flag("--signs-only", arguments->signs_only, "edge list: keep only each tie's sign");
  command.add_option("--group-column", arguments->group_column, "node file: the ground-truth column");
  command.add_option("--coalition", arguments->coalition, "keystones: the coalition is this actor's faction");
  command.add_flag("--tie-worth", arguments->tie_worth,
                   "scenario: weigh each tie by its worth (alignment analysis)");
  return [arguments] {
    const CoalitionOptions options = options_from(*arguments);
    CoalitionResult result;
    if (is_edge_list(arguments->input)) {
      io::EdgeListOptions read;
      read.signs_only = arguments->signs_only;
      read.group_column = arguments->group_column;
      std::optional<std::filesystem::path> nodes;
      if (!arguments->nodes.empty()) nodes = arguments->nodes;
      SignedGraph graph = signed_graph_from(io::read_edge_list(arguments->input, nodes, read));
      check_names(graph, options);
      result = analyze_network(std::move(graph), options,
                               std::filesystem::path(arguments->input).filename().string());
    } else {
      const Scenario scenario = load_scenario(arguments->input);
      CoalitionOptions with_worth = options;
      if (arguments->tie_worth) with_worth.tie_weights = tie_worth_weights(analyze_alignment(scenario));
      check_names(signed_graph_from(scenario, with_worth), with_worth);
      result = analyze_coalition(scenario, with_worth);
    }
    if (arguments->json) {
      std::cout << report::to_json(result).dump(2) << '\n';
    } else {
      std::cout << report::coalition_text(result);
    }
    return 0;
  };
}

const RegisterCommand registered{
    {"factions", "coalitions: structural balance, factions, landscape, leaders' split, keystones", 40,
     setup_factions}};

}  // namespace
}  // namespace faultline::cli
