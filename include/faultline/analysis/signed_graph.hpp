#pragma once
// A signed, weighted, undirected graph: the input of every coalition-level analysis (frustration, factions,
// landscape, leader splits, keystones). Nodes are actors with an optional ground-truth group (scoring only)
// and a size (landscape energy); each edge carries a signed weight: > 0 alliance/affinity, < 0 enmity.
//
// Symmetrisation rule (documented in docs/factions.md): every arc given for an unordered pair {u, v}, in
// either direction and including repeats, contributes its signed weight; the edge's weight is the mean of
// those contributions. A pair whose mean is 0 (e.g. u rates v +1 and v rates u -1) carries no edge, and
// self-loops are dropped (no split can change whether they are frustrated).

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace faultline {

struct SignedNode {
  std::string id;
  std::string label;                 // for people; the id when empty
  std::optional<std::string> group;  // ground truth, used only by scoring
  double size = 1.0;                 // landscape size s_i (capability)
};

struct SignedEdge {
  int u = 0;  // u < v
  int v = 0;
  double weight = 0.0;  // signed

  [[nodiscard]] bool negative() const noexcept { return weight < 0.0; }
  [[nodiscard]] double magnitude() const noexcept { return weight < 0.0 ? -weight : weight; }
};

// One entry of a node's adjacency list.
struct SignedNeighbor {
  int node = 0;
  int edge = 0;  // index into edges()
  double weight = 0.0;
};

// Which side of a two-faction split each node is on (0 or 1).
using Sides = std::vector<std::uint8_t>;

class SignedGraph {
 public:
  SignedGraph() = default;
  SignedGraph(std::vector<SignedNode> nodes, std::vector<SignedEdge> edges);

  [[nodiscard]] int node_count() const noexcept { return static_cast<int>(nodes_.size()); }
  [[nodiscard]] int edge_count() const noexcept { return static_cast<int>(edges_.size()); }
  [[nodiscard]] const std::vector<SignedNode>& nodes() const noexcept { return nodes_; }
  [[nodiscard]] const SignedNode& node(int index) const { return nodes_.at(static_cast<std::size_t>(index)); }
  [[nodiscard]] const std::vector<SignedEdge>& edges() const noexcept { return edges_; }
  [[nodiscard]] std::span<const SignedNeighbor> neighbors(int node) const noexcept;
  [[nodiscard]] std::optional<int> index_of(std::string_view id) const;
  // By id, or else by label when exactly one node carries it (people name actors by label).
  [[nodiscard]] std::optional<int> find(std::string_view id_or_label) const;
  [[nodiscard]] bool has_groups() const noexcept;
  [[nodiscard]] int negative_edge_count() const noexcept;
  // Weighted degree: the sum of |weight| over a node's edges.
  [[nodiscard]] double strength(int node) const noexcept;

  // The graph without one node (keystone analysis); node indices above `node` shift down by one.
  [[nodiscard]] SignedGraph without_node(int node) const;

 private:
  std::vector<SignedNode> nodes_;
  std::vector<SignedEdge> edges_;
  std::vector<int> offsets_;  // CSR: neighbors of v are adjacency_[offsets_[v], offsets_[v+1])
  std::vector<SignedNeighbor> adjacency_;
  std::unordered_map<std::string, int> index_;
};

// Collects nodes and (possibly directed, repeated) arcs and applies the symmetrisation rule above.
class SignedGraphBuilder {
 public:
  // Adds a node, or fills in the attributes of one an arc already created.
  void add_node(SignedNode node);
  // Adds an arc; unknown endpoints become nodes with default attributes.
  void add_arc(std::string_view source, std::string_view target, double weight);
  [[nodiscard]] SignedGraph build() &&;

 private:
  int node_index(std::string_view id);

  struct PairSum {
    double sum = 0.0;
    int count = 0;
  };
  std::vector<SignedNode> nodes_;
  std::unordered_map<std::string, int> index_;
  std::unordered_map<std::uint64_t, PairSum> pairs_;
};

// Total |weight| of the edges a two-faction split violates: positive edges across sides, negative edges
// within.
[[nodiscard]] double frustration_of(const SignedGraph& graph, const Sides& sides);
[[nodiscard]] bool is_frustrated(const SignedEdge& edge, const Sides& sides) noexcept;
// True when every edge weight is a whole number (then any lower bound may be rounded up).
[[nodiscard]] bool has_integral_weights(const SignedGraph& graph) noexcept;

}  // namespace faultline
