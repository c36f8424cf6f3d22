#include "faultline/analysis/keystone.hpp"

#include <algorithm>
#include <cstddef>
#include <functional>

#include "faultline/analysis/frustration_exact.hpp"
#include "faultline/analysis/frustration_heuristic.hpp"

namespace faultline {
namespace {

double frustration_index(const SignedGraph& graph, const KeystoneOptions& options) {
  return graph.edge_count() <= options.exact_max_edges
             ? frustration_exact(graph, options.frustration).frustration
             : frustration_heuristic(graph, options.frustration).frustration;
}

// Positive tie weight among members, and the size of the largest piece the positive ties hold together.
struct Cohesion {
  double tie_weight = 0.0;
  int largest_piece = 0;
};

Cohesion cohesion(const SignedGraph& graph, const std::vector<bool>& member, int removed) {
  Cohesion result;
  const auto n = static_cast<std::size_t>(graph.node_count());
  std::vector<int> piece(n, -1);
  std::vector<int> stack;
  for (int root = 0; root < graph.node_count(); ++root) {
    if (!member[static_cast<std::size_t>(root)] || root == removed ||
        piece[static_cast<std::size_t>(root)] >= 0)
      continue;
    int size = 0;
    piece[static_cast<std::size_t>(root)] = root;
    stack.push_back(root);
    while (!stack.empty()) {
      const int v = stack.back();
      stack.pop_back();
      ++size;
      for (const SignedNeighbor& neighbor : graph.neighbors(v)) {
        const auto u = static_cast<std::size_t>(neighbor.node);
        if (neighbor.weight <= 0.0 || !member[u] || neighbor.node == removed) continue;
        if (neighbor.node > v) result.tie_weight += neighbor.weight;
        if (piece[u] < 0) {
          piece[u] = root;
          stack.push_back(neighbor.node);
        }
      }
    }
    result.largest_piece = std::max(result.largest_piece, size);
  }
  return result;
}

}  // namespace

KeystoneResult keystones(const SignedGraph& graph, const std::vector<int>& coalition,
                         const KeystoneOptions& options) {
  KeystoneResult result;
  result.coalition = coalition;
  std::vector<bool> member(static_cast<std::size_t>(graph.node_count()), false);
  for (int v : coalition) member[static_cast<std::size_t>(v)] = true;
  const int members = static_cast<int>(coalition.size());
  result.frustration_before = frustration_index(graph, options);
  result.factions_before = find_factions(graph, options.factions).best.k;
  const Cohesion before = cohesion(graph, member, -1);
  result.tie_weight_before = before.tie_weight;

  for (int v = 0; v < graph.node_count(); ++v) {
    Keystone keystone;
    keystone.node = v;
    keystone.member = member[static_cast<std::size_t>(v)];
    const SignedGraph rest = graph.without_node(v);
    keystone.frustration_after = frustration_index(rest, options);
    keystone.frustration_change = keystone.frustration_after - result.frustration_before;
    const FactionPartition factions = find_factions(rest, options.factions).best;
    keystone.factions_after = factions.k;
    keystone.faction_sizes_after.assign(static_cast<std::size_t>(factions.k), 0);
    for (int f : factions.faction) ++keystone.faction_sizes_after[static_cast<std::size_t>(f)];
    std::sort(keystone.faction_sizes_after.begin(), keystone.faction_sizes_after.end(), std::greater<>());

    const Cohesion after = cohesion(graph, member, v);
    keystone.tie_weight_after = after.tie_weight;
    keystone.tie_weight_lost =
        before.tie_weight > 0.0 ? (before.tie_weight - after.tie_weight) / before.tie_weight : 0.0;
    const int others = members - (keystone.member ? 1 : 0);
    // Members the coalition's main piece loses beyond the actor itself.
    keystone.stranded = std::max(0, before.largest_piece - (keystone.member ? 1 : 0) - after.largest_piece);
    const double stranded_share = others > 0 ? static_cast<double>(keystone.stranded) / others : 0.0;
    keystone.dependency = 0.5 * stranded_share + 0.5 * keystone.tie_weight_lost;
    result.ranking.push_back(std::move(keystone));
  }
  std::stable_sort(result.ranking.begin(), result.ranking.end(), [](const Keystone& a, const Keystone& b) {
    if (a.dependency != b.dependency) return a.dependency > b.dependency;
    return a.frustration_change < b.frustration_change;
  });
  return result;
}

}  // namespace faultline
