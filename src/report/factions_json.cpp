#include "faultline/report/factions_json.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>

#include "faultline/report/json_number.hpp"

namespace faultline::report {
namespace {

using Json = nlohmann::ordered_json;
constexpr std::size_t frustrated_edges_listed = 500;  // the most often frustrated first

// Infinite margins (the leaders themselves) have no JSON number: null.
Json number_or_null(double value) {
  return std::isfinite(value) ? Json(json_number(value)) : Json(nullptr);
}

Json score_json(const NamedScore& named) {
  return Json{{"of", named.of},
              {"scored", named.score.scored},
              {"matched", named.score.matched},
              {"accuracy", json_number(named.score.accuracy)},
              {"adjusted_rand", json_number(named.score.adjusted_rand)}};
}

Json members_of(const SignedGraph& graph, const std::vector<int>& partition, int k) {
  Json groups = Json::array();
  for (int f = 0; f < k; ++f) {
    Json members = Json::array();
    for (int v = 0; v < graph.node_count(); ++v)
      if (partition[static_cast<std::size_t>(v)] == f) members.push_back(graph.node(v).id);
    groups.push_back(std::move(members));
  }
  return groups;
}

// The partition the `nodes[].faction` field reports: the method's main one.
std::vector<int> main_partition(const CoalitionResult& result) {
  if (result.factions) return result.factions->best.faction;
  if (result.balance) return {result.balance->sides.begin(), result.balance->sides.end()};
  if (result.leaders) return {result.leaders->min_cut_sides.begin(), result.leaders->min_cut_sides.end()};
  if (result.landscape && !result.landscape->minima.empty())
    return {result.landscape->minima.front().sides.begin(), result.landscape->minima.front().sides.end()};
  return std::vector<int>(static_cast<std::size_t>(result.graph.node_count()), 0);
}

Json nodes_json(const CoalitionResult& result) {
  const SignedGraph& graph = result.graph;
  const std::vector<int> faction = main_partition(result);
  Json nodes = Json::array();
  for (int v = 0; v < graph.node_count(); ++v) {
    const auto vi = static_cast<std::size_t>(v);
    Json node{{"id", graph.node(v).id}, {"label", graph.node(v).label}, {"faction", faction[vi]}};
    if (result.balance) {
      node["side"] = result.balance->nodes[vi].side;
      node["margin"] = json_number(result.balance->nodes[vi].consistency);
    } else if (result.leaders) {
      node["margin"] = number_or_null(result.leaders->min_cut_margin[vi]);
      node["spectral_side"] = result.leaders->spectral_sides[vi];
      node["fiedler"] = json_number(result.leaders->fiedler[vi]);
    }
    if (graph.node(v).group) node["group"] = *graph.node(v).group;
    nodes.push_back(std::move(node));
  }
  return nodes;
}

void add_balance(Json& json, const CoalitionResult& result) {
  const FrustrationResult& balance = *result.balance;
  json["frustration"] = json_number(balance.frustration);
  json["lower_bound"] = json_number(balance.lower_bound);
  json["optimal"] = balance.optimal;
  json["certificate"] = balance.certificate;
  json["solver"] = balance.method;
  json["near_optimal_splits"] = balance.near_optimal_splits;
  json["seconds"] = json_number(balance.seconds);
  std::vector<std::size_t> order;
  for (std::size_t e = 0; e < balance.edge_frustrated_share.size(); ++e)
    if (balance.edge_frustrated_share[e] > 0.0) order.push_back(e);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return balance.edge_frustrated_share[a] > balance.edge_frustrated_share[b];
  });
  if (order.size() > frustrated_edges_listed) order.resize(frustrated_edges_listed);
  Json edges = Json::array();
  for (std::size_t e : order) {
    const SignedEdge& edge = result.graph.edges()[e];
    edges.push_back(Json{{"between", {result.graph.node(edge.u).id, result.graph.node(edge.v).id}},
                         {"weight", json_number(edge.weight)},
                         {"share", json_number(balance.edge_frustrated_share[e])}});
  }
  json["frustrated_edges"] = std::move(edges);
}

Json factions_json(const CoalitionResult& result) {
  const FactionResult& factions = *result.factions;
  Json by_k = Json::array();
  for (const FactionPartition& partition : factions.by_k)
    by_k.push_back(Json{
        {"k", partition.k}, {"criterion", json_number(partition.criterion)}, {"optimal", partition.optimal}});
  return Json{{"k", factions.best.k},
              {"criterion", json_number(factions.best.criterion)},
              {"negative_within", json_number(factions.best.negative_within)},
              {"positive_between", json_number(factions.best.positive_between)},
              {"optimal", factions.best.optimal},
              {"search", factions.best.method},
              {"members", members_of(result.graph, factions.best.faction, factions.best.k)},
              {"by_k", std::move(by_k)}};
}

Json landscape_json(const CoalitionResult& result) {
  const LandscapeResult& landscape = *result.landscape;
  Json minima = Json::array();
  for (const LandscapeMinimum& minimum : landscape.minima) {
    const std::vector<int> sides(minimum.sides.begin(), minimum.sides.end());
    minima.push_back(Json{{"energy", json_number(minimum.energy)},
                          {"basin", json_number(minimum.basin)},
                          {"coalitions", members_of(result.graph, sides, 2)}});
  }
  return Json{{"exhaustive", landscape.exhaustive},
              {"basins_exact", landscape.basins_exact},
              {"configurations", landscape.configurations},
              {"minima", std::move(minima)}};
}

Json leaders_json(const CoalitionResult& result) {
  const LeaderSplit& split = *result.leaders;
  const std::vector<int> sides(split.min_cut_sides.begin(), split.min_cut_sides.end());
  const std::vector<int> spectral(split.spectral_sides.begin(), split.spectral_sides.end());
  return Json{{"leaders", {result.graph.node(split.leader_a).id, result.graph.node(split.leader_b).id}},
              {"cut_weight", json_number(split.cut_weight)},
              {"min_cut", members_of(result.graph, sides, 2)},
              {"spectral", members_of(result.graph, spectral, 2)},
              {"algebraic_connectivity", json_number(split.algebraic_connectivity)},
              {"disagreements", split.disagreements}};
}

Json keystones_json(const CoalitionResult& result) {
  const KeystoneResult& keystones = *result.keystones;
  Json coalition = Json::array();
  for (int v : keystones.coalition) coalition.push_back(result.graph.node(v).id);
  Json ranking = Json::array();
  for (const Keystone& keystone : keystones.ranking)
    ranking.push_back(Json{{"id", result.graph.node(keystone.node).id},
                           {"member", keystone.member},
                           {"dependency", json_number(keystone.dependency)},
                           {"stranded", keystone.stranded},
                           {"tie_weight_lost", json_number(keystone.tie_weight_lost)},
                           {"frustration_after", json_number(keystone.frustration_after)},
                           {"frustration_change", json_number(keystone.frustration_change)},
                           {"factions_after", keystone.factions_after},
                           {"faction_sizes_after", keystone.faction_sizes_after}});
  return Json{{"coalition", std::move(coalition)},
              {"frustration_before", json_number(keystones.frustration_before)},
              {"factions_before", keystones.factions_before},
              {"tie_weight_before", json_number(keystones.tie_weight_before)},
              {"ranking", std::move(ranking)}};
}

}  // namespace

Json to_json(const CoalitionResult& result) {
  Json json{{"command", "factions"},
            {"source", result.source},
            {"method", std::string{to_string(result.method)}},
            {"node_count", result.graph.node_count()},
            {"edge_count", result.graph.edge_count()},
            {"negative_edge_count", result.graph.negative_edge_count()}};
  if (!result.title.empty()) json["title"] = result.title;
  if (result.balance) add_balance(json, result);
  json["nodes"] = nodes_json(result);
  if (result.factions) json["factions"] = factions_json(result);
  if (result.landscape) json["landscape"] = landscape_json(result);
  if (result.leaders) json["leaders"] = leaders_json(result);
  if (result.keystones) json["keystones"] = keystones_json(result);
  if (!result.scores.empty()) {
    json["score"] = score_json(result.scores.front());
    Json scores = Json::array();
    for (const NamedScore& named : result.scores) scores.push_back(score_json(named));
    json["scores"] = std::move(scores);
  }
  return json;
}

}  // namespace faultline::report
