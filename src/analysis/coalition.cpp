#include "faultline/analysis/coalition.hpp"

#include <algorithm>
#include <cstddef>

#include "faultline/analysis/frustration_exact.hpp"
#include "faultline/analysis/frustration_heuristic.hpp"
#include "faultline/model/error.hpp"

namespace faultline {
namespace {

// Small enough that exact factions cost milliseconds: prove them without being asked.
constexpr int small_graph_nodes = 20;

std::vector<int> as_labels(const Sides& sides) {
  return {sides.begin(), sides.end()};
}

void add_score(CoalitionResult& result, std::string of, const std::vector<int>& partition) {
  if (!result.graph.has_groups()) return;
  result.scores.push_back({std::move(of), score_against_groups(result.graph, partition)});
}

int node_of(const SignedGraph& graph, const std::string& name) {
  const auto index = graph.find(name);
  if (!index) throw Error("no actor or node is named (or uniquely labelled) '" + name + "'");
  return *index;
}

// The coalition whose keystones matter: the anchor's faction, or the faction of greatest total size.
std::vector<int> coalition_members(const SignedGraph& graph, const FactionPartition& partition,
                                   const std::string& anchor) {
  int chosen = 0;
  if (!anchor.empty()) {
    chosen = partition.faction[static_cast<std::size_t>(node_of(graph, anchor))];
  } else {
    std::vector<double> size(static_cast<std::size_t>(std::max(1, partition.k)), 0.0);
    for (int v = 0; v < graph.node_count(); ++v)
      size[static_cast<std::size_t>(partition.faction[static_cast<std::size_t>(v)])] += graph.node(v).size;
    chosen = static_cast<int>(std::max_element(size.begin(), size.end()) - size.begin());
  }
  std::vector<int> members;
  for (int v = 0; v < graph.node_count(); ++v)
    if (partition.faction[static_cast<std::size_t>(v)] == chosen) members.push_back(v);
  return members;
}

void run_balance(CoalitionResult& result, const CoalitionOptions& options) {
  const bool exact = options.exact || result.graph.edge_count() <= options.exact_max_edges;
  result.balance = exact ? frustration_exact(result.graph, options.frustration)
                         : frustration_heuristic(result.graph, options.frustration);
  add_score(result, "balance", as_labels(result.balance->sides));
}

void run_factions(CoalitionResult& result, const CoalitionOptions& options) {
  FactionOptions factions = options.factions;
  factions.exact = factions.exact || options.exact || result.graph.node_count() <= small_graph_nodes;
  result.factions = find_factions(result.graph, factions);
  add_score(result, "factions", result.factions->best.faction);
}

void run_keystones(CoalitionResult& result, const CoalitionOptions& options) {
  if (!options.keystones || result.graph.node_count() > options.keystone_max_nodes || !result.factions)
    return;
  KeystoneOptions keystone;
  keystone.frustration = options.frustration;
  keystone.factions = options.factions;
  keystone.factions.exact =
      keystone.factions.exact || options.exact || result.graph.node_count() <= small_graph_nodes;
  keystone.exact_max_edges = options.exact_max_edges;
  result.keystones =
      keystones(result.graph,
                coalition_members(result.graph, result.factions->best, options.coalition_anchor), keystone);
}

}  // namespace

std::string_view to_string(CoalitionMethod method) noexcept {
  switch (method) {
    case CoalitionMethod::automatic:
      return "auto";
    case CoalitionMethod::balance:
      return "balance";
    case CoalitionMethod::clusters:
      return "clusters";
    case CoalitionMethod::landscape:
      return "landscape";
    case CoalitionMethod::leaders:
      return "leaders";
  }
  return "auto";
}

std::optional<CoalitionMethod> coalition_method_from(std::string_view name) noexcept {
  for (CoalitionMethod method :
       {CoalitionMethod::automatic, CoalitionMethod::balance, CoalitionMethod::clusters,
        CoalitionMethod::landscape, CoalitionMethod::leaders})
    if (to_string(method) == name) return method;
  return std::nullopt;
}

std::map<std::pair<std::string, std::string>, double> tie_worth_weights(const AlignmentResult& alignment) {
  std::map<std::pair<std::string, std::string>, double> weights;
  for (const TieAlignment& tie : alignment.ties)
    weights[{tie.between[0], tie.between[1]}] =
        0.5 * (tie.sides[0].revealed_worth + tie.sides[1].revealed_worth);
  return weights;
}

SignedGraph signed_graph_from(const Scenario& scenario, const CoalitionOptions& options) {
  SignedGraphBuilder builder;
  for (const Actor& actor : scenario.actors)
    builder.add_node(
        {actor.id, actor.name.empty() ? actor.id : actor.name, std::nullopt, actor.capability.value});
  for (const Relation& relation : scenario.relations)
    builder.add_arc(relation.between[0], relation.between[1], relation.sign.value);
  for (const auto& [pair, weight] : options.tie_weights) builder.add_arc(pair.first, pair.second, weight);
  return std::move(builder).build();
}

CoalitionResult analyze_coalition(const Scenario& scenario, const CoalitionOptions& options) {
  CoalitionResult result = analyze_network(signed_graph_from(scenario, options), options, scenario.id);
  result.title = scenario.title;
  return result;
}

CoalitionResult analyze_network(SignedGraph graph, const CoalitionOptions& options, std::string source) {
  CoalitionResult result;
  result.source = std::move(source);
  result.graph = std::move(graph);
  result.method = options.method;
  if (result.method == CoalitionMethod::automatic && options.leaders)
    result.method = CoalitionMethod::leaders;
  if (result.graph.node_count() == 0) throw Error("the network has no nodes");

  switch (result.method) {
    case CoalitionMethod::leaders: {
      if (!options.leaders) throw Error("--method leaders needs two leaders (--leaders A,B)");
      result.leaders = leader_split(result.graph, node_of(result.graph, (*options.leaders)[0]),
                                    node_of(result.graph, (*options.leaders)[1]));
      add_score(result, "min_cut", as_labels(result.leaders->min_cut_sides));
      add_score(result, "spectral", as_labels(result.leaders->spectral_sides));
      break;
    }
    case CoalitionMethod::landscape: {
      result.landscape = landscape(result.graph, options.landscape);
      if (!result.landscape->minima.empty())
        add_score(result, "landscape", as_labels(result.landscape->minima.front().sides));
      break;
    }
    case CoalitionMethod::balance:
      run_balance(result, options);
      break;
    case CoalitionMethod::clusters:
      run_factions(result, options);
      run_keystones(result, options);
      break;
    case CoalitionMethod::automatic:
      run_balance(result, options);
      run_factions(result, options);
      run_keystones(result, options);
      break;
  }
  return result;
}

}  // namespace faultline
