#include "faultline/analysis/leader_split.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>
#include <queue>

#include "faultline/model/error.hpp"

namespace faultline {
namespace {

constexpr double flow_epsilon = 1e-12;

// Dinic's maximum flow on the undirected positive ties (each tie is a pair of arcs sharing its capacity).
class MaxFlow {
 public:
  explicit MaxFlow(int nodes)
      : head_(static_cast<std::size_t>(nodes), -1), level_(head_.size()), next_(head_.size()) {}

  void add_undirected(int u, int v, double capacity) {
    arcs_.push_back({v, head_[static_cast<std::size_t>(u)], capacity});
    head_[static_cast<std::size_t>(u)] = static_cast<int>(arcs_.size()) - 1;
    arcs_.push_back({u, head_[static_cast<std::size_t>(v)], capacity});
    head_[static_cast<std::size_t>(v)] = static_cast<int>(arcs_.size()) - 1;
  }

  double run(int source, int sink) {
    double total = 0.0;
    while (levels(source, sink)) {
      std::copy(head_.begin(), head_.end(), next_.begin());
      for (double pushed = push(source, sink, infinity); pushed > flow_epsilon;
           pushed = push(source, sink, infinity))
        total += pushed;
    }
    return total;
  }

  // After run(): nodes still reachable from the source in the residual graph (the source side of a minimum
  // cut).
  [[nodiscard]] std::vector<bool> source_side(int source) const {
    std::vector<bool> reached(head_.size(), false);
    std::vector<int> stack{source};
    reached[static_cast<std::size_t>(source)] = true;
    while (!stack.empty()) {
      const int v = stack.back();
      stack.pop_back();
      for (int a = head_[static_cast<std::size_t>(v)]; a >= 0; a = arcs_[static_cast<std::size_t>(a)].next) {
        const Arc& arc = arcs_[static_cast<std::size_t>(a)];
        if (arc.capacity > flow_epsilon && !reached[static_cast<std::size_t>(arc.to)]) {
          reached[static_cast<std::size_t>(arc.to)] = true;
          stack.push_back(arc.to);
        }
      }
    }
    return reached;
  }

 private:
  static constexpr double infinity = std::numeric_limits<double>::infinity();
  struct Arc {
    int to;
    int next;
    double capacity;  // residual
  };

  bool levels(int source, int sink) {
    std::fill(level_.begin(), level_.end(), -1);
    std::queue<int> queue;
    level_[static_cast<std::size_t>(source)] = 0;
    queue.push(source);
    while (!queue.empty()) {
      const int v = queue.front();
      queue.pop();
      for (int a = head_[static_cast<std::size_t>(v)]; a >= 0; a = arcs_[static_cast<std::size_t>(a)].next) {
        const Arc& arc = arcs_[static_cast<std::size_t>(a)];
        if (arc.capacity > flow_epsilon && level_[static_cast<std::size_t>(arc.to)] < 0) {
          level_[static_cast<std::size_t>(arc.to)] = level_[static_cast<std::size_t>(v)] + 1;
          queue.push(arc.to);
        }
      }
    }
    return level_[static_cast<std::size_t>(sink)] >= 0;
  }

  double push(int v, int sink, double limit) {
    if (v == sink) return limit;
    for (int& a = next_[static_cast<std::size_t>(v)]; a >= 0; a = arcs_[static_cast<std::size_t>(a)].next) {
      Arc& arc = arcs_[static_cast<std::size_t>(a)];
      if (arc.capacity <= flow_epsilon ||
          level_[static_cast<std::size_t>(arc.to)] != level_[static_cast<std::size_t>(v)] + 1)
        continue;
      const double pushed = push(arc.to, sink, std::min(limit, arc.capacity));
      if (pushed > flow_epsilon) {
        arc.capacity -= pushed;
        arcs_[static_cast<std::size_t>(a ^ 1)].capacity += pushed;  // arcs come in pairs: 2i and 2i+1
        return pushed;
      }
    }
    return 0.0;
  }

  std::vector<Arc> arcs_;
  std::vector<int> head_;
  std::vector<int> level_;
  std::vector<int> next_;
};

double total_positive_weight(const SignedGraph& graph) {
  double total = 0.0;
  for (const SignedEdge& edge : graph.edges())
    if (!edge.negative()) total += edge.weight;
  return total;
}

// Minimum cut between a and b; `pinned_to_b` (or -1) is tied to b by an uncuttable tie.
double min_cut(const SignedGraph& graph, int a, int b, int pinned_to_b, std::vector<bool>* a_side) {
  MaxFlow flow{graph.node_count()};
  for (const SignedEdge& edge : graph.edges())
    if (!edge.negative()) flow.add_undirected(edge.u, edge.v, edge.weight);
  if (pinned_to_b >= 0) flow.add_undirected(pinned_to_b, b, total_positive_weight(graph) + 1.0);
  const double value = flow.run(a, b);
  if (a_side != nullptr) *a_side = flow.source_side(a);
  return value;
}

// Fiedler vector by power iteration on c·I − L restricted to vectors orthogonal to the constant vector (whose
// eigenvalue of L is 0), with c above L's largest eigenvalue: the dominant direction left is the Fiedler
// vector.
std::vector<double> fiedler_vector(const SignedGraph& graph, double& eigenvalue) {
  const auto n = static_cast<std::size_t>(graph.node_count());
  std::vector<double> degree(n, 0.0);
  for (const SignedEdge& edge : graph.edges())
    if (!edge.negative()) {
      degree[static_cast<std::size_t>(edge.u)] += edge.weight;
      degree[static_cast<std::size_t>(edge.v)] += edge.weight;
    }
  const double shift =
      2.0 * *std::max_element(degree.begin(), degree.end()) + 1.0;  // Gershgorin bound on λ_max(L)
  std::vector<double> x(n);
  for (std::size_t i = 0; i < n; ++i)
    x[i] = std::cos(1.0 + 2.0 * static_cast<double>(i));  // deterministic start
  std::vector<double> next(n);
  auto normalise = [&](std::vector<double>& v) {
    double mean = 0.0;
    for (double value : v) mean += value;
    mean /= static_cast<double>(n);
    double norm = 0.0;
    for (double& value : v) {
      value -= mean;
      norm += value * value;
    }
    norm = std::sqrt(norm);
    for (double& value : v) value /= norm;
  };
  normalise(x);
  double previous = 0.0;
  for (int iteration = 0; iteration < 200000; ++iteration) {
    for (std::size_t i = 0; i < n; ++i) next[i] = (shift - degree[i]) * x[i];
    for (const SignedEdge& edge : graph.edges())
      if (!edge.negative()) {
        next[static_cast<std::size_t>(edge.u)] += edge.weight * x[static_cast<std::size_t>(edge.v)];
        next[static_cast<std::size_t>(edge.v)] += edge.weight * x[static_cast<std::size_t>(edge.u)];
      }
    double rayleigh = 0.0;
    for (std::size_t i = 0; i < n; ++i) rayleigh += x[i] * next[i];
    normalise(next);
    double change = 0.0;
    for (std::size_t i = 0; i < n; ++i) change = std::max(change, std::abs(next[i] - x[i]));
    x.swap(next);
    if (change < 1e-10 && std::abs(rayleigh - previous) < 1e-12) break;
    previous = rayleigh;
  }
  eigenvalue = shift - previous;
  return x;
}

}  // namespace

LeaderSplit leader_split(const SignedGraph& graph, int leader_a, int leader_b) {
  const int n = graph.node_count();
  if (leader_a < 0 || leader_b < 0 || leader_a >= n || leader_b >= n || leader_a == leader_b)
    throw Error("leader_split: two distinct leaders of the graph are needed");
  LeaderSplit split;
  split.leader_a = leader_a;
  split.leader_b = leader_b;
  std::vector<bool> a_side;
  split.cut_weight = min_cut(graph, leader_a, leader_b, -1, &a_side);
  split.min_cut_sides.resize(static_cast<std::size_t>(n));
  split.min_cut_margin.assign(static_cast<std::size_t>(n), 0.0);
  for (int v = 0; v < n; ++v) {
    const auto vi = static_cast<std::size_t>(v);
    split.min_cut_sides[vi] = a_side[vi] ? 0 : 1;
    if (v == leader_a || v == leader_b) continue;
    // Forcing v across: pin it to the leader it is not with (swap the roles when it is with B).
    const double forced = a_side[vi] ? min_cut(graph, leader_a, leader_b, v, nullptr)
                                     : min_cut(graph, leader_b, leader_a, v, nullptr);
    split.min_cut_margin[vi] = std::max(0.0, forced - split.cut_weight);
  }
  split.min_cut_margin[static_cast<std::size_t>(leader_a)] =
      split.min_cut_margin[static_cast<std::size_t>(leader_b)] = std::numeric_limits<double>::infinity();

  split.fiedler = fiedler_vector(graph, split.algebraic_connectivity);
  if (split.fiedler[static_cast<std::size_t>(leader_a)] > 0.0)
    for (double& value : split.fiedler) value = -value;
  split.spectral_sides.resize(static_cast<std::size_t>(n));
  for (int v = 0; v < n; ++v) {
    const auto vi = static_cast<std::size_t>(v);
    split.spectral_sides[vi] = split.fiedler[vi] > 0.0 ? 1 : 0;
    if (split.spectral_sides[vi] != split.min_cut_sides[vi]) ++split.disagreements;
  }
  return split;
}

}  // namespace faultline
