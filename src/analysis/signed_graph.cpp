#include "faultline/analysis/signed_graph.hpp"

#include <algorithm>
#include <cmath>

#include "faultline/model/error.hpp"

namespace faultline {

SignedGraph::SignedGraph(std::vector<SignedNode> nodes, std::vector<SignedEdge> edges)
    : nodes_(std::move(nodes)), edges_(std::move(edges)) {
  const int n = node_count();
  for (int v = 0; v < n; ++v) {
    const auto [it, inserted] = index_.emplace(nodes_[static_cast<std::size_t>(v)].id, v);
    if (!inserted) throw Error("signed graph: duplicate node id '" + it->first + "'");
  }
  std::vector<int> degree(static_cast<std::size_t>(n) + 1, 0);
  for (SignedEdge& edge : edges_) {
    if (edge.u > edge.v) std::swap(edge.u, edge.v);
    if (edge.u < 0 || edge.v >= n || edge.u == edge.v)
      throw Error("signed graph: edge endpoints out of range or a self-loop");
    ++degree[static_cast<std::size_t>(edge.u) + 1];
    ++degree[static_cast<std::size_t>(edge.v) + 1];
  }
  offsets_.assign(degree.begin(), degree.end());
  for (std::size_t v = 1; v < offsets_.size(); ++v) offsets_[v] += offsets_[v - 1];
  adjacency_.resize(static_cast<std::size_t>(offsets_.back()));
  std::vector<int> fill(offsets_.begin(), offsets_.end() - 1);
  for (int e = 0; e < edge_count(); ++e) {
    const SignedEdge& edge = edges_[static_cast<std::size_t>(e)];
    adjacency_[static_cast<std::size_t>(fill[static_cast<std::size_t>(edge.u)]++)] = {edge.v, e, edge.weight};
    adjacency_[static_cast<std::size_t>(fill[static_cast<std::size_t>(edge.v)]++)] = {edge.u, e, edge.weight};
  }
  // Sorted neighbour lists make triangle enumeration a merge.
  for (int v = 0; v < n; ++v) {
    auto first = adjacency_.begin() + offsets_[static_cast<std::size_t>(v)];
    auto last = adjacency_.begin() + offsets_[static_cast<std::size_t>(v) + 1];
    std::sort(first, last, [](const SignedNeighbor& a, const SignedNeighbor& b) { return a.node < b.node; });
  }
}

std::span<const SignedNeighbor> SignedGraph::neighbors(int node) const noexcept {
  const auto first = static_cast<std::size_t>(offsets_[static_cast<std::size_t>(node)]);
  const auto last = static_cast<std::size_t>(offsets_[static_cast<std::size_t>(node) + 1]);
  return {adjacency_.data() + first, last - first};
}

std::optional<int> SignedGraph::index_of(std::string_view id) const {
  const auto it = index_.find(std::string{id});
  if (it == index_.end()) return std::nullopt;
  return it->second;
}

std::optional<int> SignedGraph::find(std::string_view id_or_label) const {
  if (const auto index = index_of(id_or_label)) return index;
  std::optional<int> found;
  for (int v = 0; v < node_count(); ++v) {
    if (nodes_[static_cast<std::size_t>(v)].label != id_or_label) continue;
    if (found) return std::nullopt;  // ambiguous
    found = v;
  }
  return found;
}

bool SignedGraph::has_groups() const noexcept {
  return !nodes_.empty() && std::all_of(nodes_.begin(), nodes_.end(),
                                        [](const SignedNode& node) { return node.group.has_value(); });
}

int SignedGraph::negative_edge_count() const noexcept {
  return static_cast<int>(
      std::count_if(edges_.begin(), edges_.end(), [](const SignedEdge& edge) { return edge.negative(); }));
}

double SignedGraph::strength(int node) const noexcept {
  double total = 0.0;
  for (const SignedNeighbor& neighbor : neighbors(node)) total += std::abs(neighbor.weight);
  return total;
}

SignedGraph SignedGraph::without_node(int node) const {
  std::vector<SignedNode> kept_nodes;
  kept_nodes.reserve(nodes_.size());
  for (int v = 0; v < node_count(); ++v)
    if (v != node) kept_nodes.push_back(nodes_[static_cast<std::size_t>(v)]);
  std::vector<SignedEdge> kept_edges;
  for (const SignedEdge& edge : edges_) {
    if (edge.u == node || edge.v == node) continue;
    kept_edges.push_back({edge.u - (edge.u > node ? 1 : 0), edge.v - (edge.v > node ? 1 : 0), edge.weight});
  }
  return SignedGraph{std::move(kept_nodes), std::move(kept_edges)};
}

int SignedGraphBuilder::node_index(std::string_view id) {
  const auto it = index_.find(std::string{id});
  if (it != index_.end()) return it->second;
  const int index = static_cast<int>(nodes_.size());
  index_.emplace(std::string{id}, index);
  nodes_.push_back(SignedNode{std::string{id}, {}, std::nullopt, 1.0});
  return index;
}

void SignedGraphBuilder::add_node(SignedNode node) {
  const int index = node_index(node.id);
  nodes_[static_cast<std::size_t>(index)] = std::move(node);
}

void SignedGraphBuilder::add_arc(std::string_view source, std::string_view target, double weight) {
  const int u = node_index(source);
  const int v = node_index(target);
  if (u == v) return;  // self-loops: see the symmetrisation rule
  const auto low = static_cast<std::uint64_t>(std::min(u, v));
  const auto high = static_cast<std::uint64_t>(std::max(u, v));
  PairSum& pair = pairs_[(low << 32U) | high];
  pair.sum += weight;
  ++pair.count;
}

SignedGraph SignedGraphBuilder::build() && {
  std::vector<SignedEdge> edges;
  edges.reserve(pairs_.size());
  for (const auto& [key, pair] : pairs_) {
    const double mean = pair.sum / pair.count;
    if (mean == 0.0) continue;
    edges.push_back({static_cast<int>(key >> 32U), static_cast<int>(key & 0xffffffffU), mean});
  }
  // Hash order is not deterministic across libraries: fix the edge order.
  std::sort(edges.begin(), edges.end(),
            [](const SignedEdge& a, const SignedEdge& b) { return a.u != b.u ? a.u < b.u : a.v < b.v; });
  return SignedGraph{std::move(nodes_), std::move(edges)};
}

bool is_frustrated(const SignedEdge& edge, const Sides& sides) noexcept {
  const bool across = sides[static_cast<std::size_t>(edge.u)] != sides[static_cast<std::size_t>(edge.v)];
  return edge.negative() ? !across : across;
}

double frustration_of(const SignedGraph& graph, const Sides& sides) {
  if (static_cast<int>(sides.size()) != graph.node_count())
    throw Error("frustration_of: one side per node expected");
  double total = 0.0;
  for (const SignedEdge& edge : graph.edges())
    if (is_frustrated(edge, sides)) total += edge.magnitude();
  return total;
}

bool has_integral_weights(const SignedGraph& graph) noexcept {
  return std::all_of(graph.edges().begin(), graph.edges().end(),
                     [](const SignedEdge& edge) { return edge.weight == std::round(edge.weight); });
}

}  // namespace faultline
