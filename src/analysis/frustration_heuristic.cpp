#include "faultline/analysis/frustration_heuristic.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstddef>
#include <deque>

#include "factions_parallel.hpp"
#include "factions_random.hpp"
#include "faultline/analysis/frustration_bound.hpp"

namespace faultline {
namespace {

using factions_detail::RandomStream;

constexpr double gain_epsilon = 1e-12;
// Iterated local search pays off on small and medium graphs; on large ones more starts are the better use of
// time.
constexpr int kick_edge_budget = 4'000'000;

// Single-node flip descent with incrementally maintained gains. gain[v] is how much the frustration drops if
// v changes side: the |weight| of v's frustrated edges minus that of its satisfied ones.
class FlipSearch {
 public:
  FlipSearch(const SignedGraph& graph, Sides sides) : graph_(&graph), sides_(std::move(sides)) {
    const auto n = static_cast<std::size_t>(graph.node_count());
    gain_.assign(n, 0.0);
    queued_.assign(n, 0);
    for (int v = 0; v < graph.node_count(); ++v) {
      for (const SignedNeighbor& neighbor : graph.neighbors(v)) {
        const double magnitude = neighbor.weight < 0.0 ? -neighbor.weight : neighbor.weight;
        gain_[static_cast<std::size_t>(v)] += frustrated(v, neighbor) ? magnitude : -magnitude;
      }
    }
    value_ = frustration_of(graph, sides_);
  }

  void descend() {
    for (int v = 0; v < graph_->node_count(); ++v) push_if_improving(v);
    while (!queue_.empty()) {
      const int v = queue_.front();
      queue_.pop_front();
      queued_[static_cast<std::size_t>(v)] = 0;
      if (gain_[static_cast<std::size_t>(v)] > gain_epsilon) flip(v);
    }
  }

  void flip(int v) {
    const auto vi = static_cast<std::size_t>(v);
    value_ -= gain_[vi];
    gain_[vi] = -gain_[vi];
    sides_[vi] ^= 1U;
    for (const SignedNeighbor& neighbor : graph_->neighbors(v)) {
      const double magnitude = neighbor.weight < 0.0 ? -neighbor.weight : neighbor.weight;
      // The edge changed state; its contribution to the neighbour's gain changes sign.
      gain_[static_cast<std::size_t>(neighbor.node)] +=
          frustrated(v, neighbor) ? 2.0 * magnitude : -2.0 * magnitude;
      push_if_improving(neighbor.node);
    }
  }

  [[nodiscard]] double value() const noexcept { return value_; }
  [[nodiscard]] const Sides& sides() const noexcept { return sides_; }

 private:
  bool frustrated(int v, const SignedNeighbor& neighbor) const noexcept {
    const bool across =
        sides_[static_cast<std::size_t>(v)] != sides_[static_cast<std::size_t>(neighbor.node)];
    return neighbor.weight < 0.0 ? !across : across;
  }
  void push_if_improving(int v) {
    const auto vi = static_cast<std::size_t>(v);
    if (gain_[vi] > gain_epsilon && queued_[vi] == 0) {
      queued_[vi] = 1;
      queue_.push_back(v);
    }
  }

  const SignedGraph* graph_;
  Sides sides_;
  std::vector<double> gain_;
  std::vector<std::uint8_t> queued_;
  std::deque<int> queue_;
  double value_ = 0.0;
};

// Balances a BFS spanning forest: every tree edge satisfied. Roots and the scan offset into each neighbour
// list are random, so different starts grow different trees.
Sides balanced_spanning_tree(const SignedGraph& graph, RandomStream& random) {
  const int n = graph.node_count();
  Sides sides(static_cast<std::size_t>(n), 0);
  std::vector<std::uint8_t> seen(static_cast<std::size_t>(n), 0);
  std::vector<int> queue;
  queue.reserve(static_cast<std::size_t>(n));
  const int first = n > 0 ? static_cast<int>(random.below(static_cast<std::uint64_t>(n))) : 0;
  for (int k = 0; k < n; ++k) {
    const int root = (first + k) % n;
    if (seen[static_cast<std::size_t>(root)] != 0) continue;
    seen[static_cast<std::size_t>(root)] = 1;
    sides[static_cast<std::size_t>(root)] = static_cast<std::uint8_t>(random.below(2));
    queue.clear();
    queue.push_back(root);
    for (std::size_t head = 0; head < queue.size(); ++head) {
      const int v = queue[head];
      const auto neighbors = graph.neighbors(v);
      const std::size_t offset = neighbors.empty() ? 0 : random.below(neighbors.size());
      for (std::size_t k2 = 0; k2 < neighbors.size(); ++k2) {
        const SignedNeighbor& neighbor = neighbors[(offset + k2) % neighbors.size()];
        const auto u = static_cast<std::size_t>(neighbor.node);
        if (seen[u] != 0) continue;
        seen[u] = 1;
        sides[u] = sides[static_cast<std::size_t>(v)] ^ (neighbor.weight < 0.0 ? 1U : 0U);
        queue.push_back(neighbor.node);
      }
    }
  }
  return sides;
}

// Perturbation for iterated local search: a random node and each of its neighbours with probability 1/2
// change side together, which escapes minima a single flip cannot.
void kick(FlipSearch& search, const SignedGraph& graph, RandomStream& random) {
  const int v = static_cast<int>(random.below(static_cast<std::uint64_t>(graph.node_count())));
  search.flip(v);
  for (const SignedNeighbor& neighbor : graph.neighbors(v))
    if (random.below(2) == 0) search.flip(neighbor.node);
}

struct StartResult {
  Sides sides;
  double value = 0.0;
};

StartResult run_start(const SignedGraph& graph, const FrustrationOptions& options, int start) {
  RandomStream random{options.seed, static_cast<std::uint64_t>(start)};
  FlipSearch search{graph, balanced_spanning_tree(graph, random)};
  search.descend();
  StartResult best{search.sides(), search.value()};
  const int kicks = graph.edge_count() == 0 ? 0 : std::min(1000, kick_edge_budget / graph.edge_count());
  for (int k = 0; k < kicks; ++k) {
    kick(search, graph, random);
    search.descend();
    if (search.value() < best.value - gain_epsilon) {
      best = {search.sides(), search.value()};
    } else if (search.value() > best.value + gain_epsilon) {
      search = FlipSearch{graph, best.sides};  // return to the best split before the next kick
    }
  }
  best.value = frustration_of(graph, best.sides);  // drop the drift of incremental sums
  return best;
}

}  // namespace

LocalSearchPool balance_local_search(const SignedGraph& graph, const FrustrationOptions& options) {
  const int starts = std::max(1, options.starts);
  std::vector<StartResult> results(static_cast<std::size_t>(starts));
  factions_detail::for_each_start(starts, options.threads, [&](int start) {
    results[static_cast<std::size_t>(start)] = run_start(graph, options, start);
  });
  LocalSearchPool pool;
  for (StartResult& result : results) {
    pool.values.push_back(result.value);
    pool.splits.push_back(std::move(result.sides));
  }
  return pool;
}

FrustrationResult frustration_heuristic(const SignedGraph& graph, const FrustrationOptions& options) {
  const auto began = std::chrono::steady_clock::now();
  LocalSearchPool pool = balance_local_search(graph, options);
  std::size_t best = 0;
  for (std::size_t i = 1; i < pool.values.size(); ++i)
    if (pool.values[i] < pool.values[best]) best = i;
  std::vector<Sides> near_optimal{pool.splits[best]};
  for (std::size_t i = 0; i < pool.values.size(); ++i)
    if (i != best && pool.values[i] <= pool.values[best] + options.near_optimal_tolerance + gain_epsilon)
      near_optimal.push_back(pool.splits[i]);

  FrustrationResult result;
  result.method = "heuristic (multi-start local search from balanced spanning trees)";
  result.frustration = pool.values[best];
  result.sides = pool.splits[best];
  result.lower_bound = negative_triangle_packing_bound(graph);
  if (has_integral_weights(graph)) result.lower_bound = std::ceil(result.lower_bound - 1e-9);
  result.optimal = result.lower_bound >= result.frustration - 1e-9;
  result.certificate = "lower bound: fractional packing of negative triangles";
  summarise_split_pool(graph, near_optimal, result);
  result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - began).count();
  return result;
}

}  // namespace faultline
