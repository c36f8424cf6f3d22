#include "faultline/analysis/frustration.hpp"

#include <algorithm>
#include <cstddef>

namespace faultline {

std::vector<int> connected_components(const SignedGraph& graph) {
  const int n = graph.node_count();
  std::vector<int> component(static_cast<std::size_t>(n), -1);
  std::vector<int> stack;
  int next_component = 0;
  for (int root = 0; root < n; ++root) {
    if (component[static_cast<std::size_t>(root)] >= 0) continue;
    component[static_cast<std::size_t>(root)] = next_component;
    stack.push_back(root);
    while (!stack.empty()) {
      const int v = stack.back();
      stack.pop_back();
      for (const SignedNeighbor& neighbor : graph.neighbors(v)) {
        int& c = component[static_cast<std::size_t>(neighbor.node)];
        if (c < 0) {
          c = next_component;
          stack.push_back(neighbor.node);
        }
      }
    }
    ++next_component;
  }
  return component;
}

void summarise_split_pool(const SignedGraph& graph, const std::vector<Sides>& pool,
                          FrustrationResult& result) {
  const auto n = static_cast<std::size_t>(graph.node_count());
  result.near_optimal_splits = static_cast<int>(pool.size());
  result.nodes.assign(n, NodeSide{});
  result.edge_frustrated_share.assign(static_cast<std::size_t>(graph.edge_count()), 0.0);
  if (pool.empty()) return;
  const Sides& reference = pool.front();
  const std::vector<int> component = connected_components(graph);
  int components = 0;
  for (int c : component) components = std::max(components, c + 1);

  std::vector<int> same_side(n, 0);
  std::vector<int> agree(static_cast<std::size_t>(components));
  std::vector<int> members(static_cast<std::size_t>(components), 0);
  for (std::size_t v = 0; v < n; ++v) ++members[static_cast<std::size_t>(component[v])];
  for (const Sides& split : pool) {
    // A split and its mirror image are the same split: orient each component like the reference.
    std::fill(agree.begin(), agree.end(), 0);
    for (std::size_t v = 0; v < n; ++v)
      if (split[v] == reference[v]) ++agree[static_cast<std::size_t>(component[v])];
    for (std::size_t v = 0; v < n; ++v) {
      const auto c = static_cast<std::size_t>(component[v]);
      const bool flip = 2 * agree[c] < members[c];
      if ((split[v] == reference[v]) != flip) ++same_side[v];
    }
    for (std::size_t e = 0; e < result.edge_frustrated_share.size(); ++e)
      if (is_frustrated(graph.edges()[e], split)) result.edge_frustrated_share[e] += 1.0;
  }
  const auto count = static_cast<double>(pool.size());
  for (std::size_t v = 0; v < n; ++v) result.nodes[v] = {reference[v], same_side[v] / count};
  for (double& share : result.edge_frustrated_share) share /= count;
}

}  // namespace faultline
