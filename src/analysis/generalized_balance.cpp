#include "faultline/analysis/generalized_balance.hpp"

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <limits>
#include <map>

#include "factions_parallel.hpp"
#include "factions_random.hpp"

namespace faultline {
namespace {

using Clock = std::chrono::steady_clock;
constexpr double improvement_epsilon = 1e-12;

// Renumbers factions 0.. in order of first appearance, so equal partitions compare equal.
std::vector<int> canonical(std::vector<int> faction) {
  std::map<int, int> renumber;
  for (int& f : faction) f = renumber.emplace(f, static_cast<int>(renumber.size())).first->second;
  return faction;
}

// Cost of putting v into each faction, given where its neighbours are: α·|negative ties into the faction| +
// (1−α)·(positive ties out of it).
void costs_of(const SignedGraph& graph, const std::vector<int>& faction, int v, double alpha,
              std::vector<double>& cost) {
  std::fill(cost.begin(), cost.end(), 0.0);
  double positive_total = 0.0;
  std::vector<double> positive_in(cost.size(), 0.0);
  for (const SignedNeighbor& neighbor : graph.neighbors(v)) {
    const auto c = static_cast<std::size_t>(faction[static_cast<std::size_t>(neighbor.node)]);
    if (neighbor.weight < 0.0) {
      cost[c] += alpha * -neighbor.weight;
    } else {
      positive_in[c] += neighbor.weight;
      positive_total += neighbor.weight;
    }
  }
  for (std::size_t c = 0; c < cost.size(); ++c) cost[c] += (1.0 - alpha) * (positive_total - positive_in[c]);
}

// Relocation: move single nodes to the faction where they cost least until no move helps; no faction empties.
std::vector<int> relocate(const SignedGraph& graph, std::vector<int> faction, int k, double alpha) {
  const int n = graph.node_count();
  std::vector<int> members(static_cast<std::size_t>(k), 0);
  for (int f : faction) ++members[static_cast<std::size_t>(f)];
  std::vector<double> cost(static_cast<std::size_t>(k));
  for (bool improved = true; improved;) {
    improved = false;
    for (int v = 0; v < n; ++v) {
      const auto vi = static_cast<std::size_t>(v);
      const int current = faction[vi];
      if (members[static_cast<std::size_t>(current)] == 1) continue;
      costs_of(graph, faction, v, alpha, cost);
      int best = current;
      for (int c = 0; c < k; ++c)
        if (cost[static_cast<std::size_t>(c)] < cost[static_cast<std::size_t>(best)] - improvement_epsilon)
          best = c;
      if (best != current) {
        --members[static_cast<std::size_t>(current)];
        ++members[static_cast<std::size_t>(best)];
        faction[vi] = best;
        improved = true;
      }
    }
  }
  return faction;
}

FactionPartition relocation_search(const SignedGraph& graph, int k, const FactionOptions& options) {
  const int n = graph.node_count();
  std::vector<FactionPartition> results(static_cast<std::size_t>(std::max(1, options.starts)));
  factions_detail::for_each_start(static_cast<int>(results.size()), options.threads, [&](int start) {
    factions_detail::RandomStream random{
        options.seed, static_cast<std::uint64_t>(start) + 1000003ULL * static_cast<std::uint64_t>(k)};
    std::vector<int> faction(static_cast<std::size_t>(n));
    // Every faction gets one node first (a random permutation's first k), the rest are random.
    std::vector<int> order(static_cast<std::size_t>(n));
    for (int v = 0; v < n; ++v) order[static_cast<std::size_t>(v)] = v;
    for (int i = n - 1; i > 0; --i)
      std::swap(order[static_cast<std::size_t>(i)], order[random.below(static_cast<std::uint64_t>(i) + 1)]);
    for (int i = 0; i < n; ++i)
      faction[static_cast<std::size_t>(order[static_cast<std::size_t>(i)])] =
          i < k ? i : static_cast<int>(random.below(static_cast<std::uint64_t>(k)));
    results[static_cast<std::size_t>(start)] =
        evaluate_partition(graph, relocate(graph, std::move(faction), k, options.alpha), options.alpha);
  });
  std::size_t best = 0;
  for (std::size_t i = 1; i < results.size(); ++i)
    if (results[i].criterion < results[best].criterion - improvement_epsilon) best = i;
  FactionPartition partition = std::move(results[best]);
  partition.k = k;
  partition.method = "relocation (multi-start)";
  return partition;
}

// Exhaustive branch and bound. Nodes are placed strongest first; a node may open at most one new faction (so
// each partition is met once, not k! times); the bound adds, for each unplaced node, its cheapest faction
// given the placed nodes (ties among unplaced nodes only add cost later).
class ExactSearch {
 public:
  ExactSearch(const SignedGraph& graph, int k, double alpha, double upper, Clock::time_point deadline)
      : graph_(graph), k_(k), alpha_(alpha), best_cost_(upper), deadline_(deadline) {
    const int n = graph.node_count();
    order_.resize(static_cast<std::size_t>(n));
    for (int v = 0; v < n; ++v) order_[static_cast<std::size_t>(v)] = v;
    std::stable_sort(order_.begin(), order_.end(),
                     [&](int a, int b) { return graph.strength(a) > graph.strength(b); });
    faction_.assign(static_cast<std::size_t>(n), -1);
    cost_to_.assign(static_cast<std::size_t>(n) * static_cast<std::size_t>(k), 0.0);
  }

  // True when the search finished (the best found is optimal); false when the deadline stopped it.
  bool run() {
    search(0, 0, 0.0);
    return !timed_out_;
  }
  [[nodiscard]] const std::vector<int>& best() const noexcept { return best_faction_; }

 private:
  double& cost_to(int v, int c) {
    return cost_to_[static_cast<std::size_t>(v) * static_cast<std::size_t>(k_) + static_cast<std::size_t>(c)];
  }
  void place(int v, int c, double sign) {
    for (const SignedNeighbor& neighbor : graph_.neighbors(v)) {
      if (neighbor.weight < 0.0) {
        cost_to(neighbor.node, c) += sign * alpha_ * -neighbor.weight;
      } else {
        for (int other = 0; other < k_; ++other)
          if (other != c) cost_to(neighbor.node, other) += sign * (1.0 - alpha_) * neighbor.weight;
      }
    }
  }
  double bound(std::size_t depth) {
    double total = 0.0;
    for (std::size_t i = depth; i < order_.size(); ++i) {
      double least = std::numeric_limits<double>::infinity();
      for (int c = 0; c < k_; ++c) least = std::min(least, cost_to(order_[i], c));
      total += least;
    }
    return total;
  }
  void search(std::size_t depth, int used, double cost) {
    if (timed_out_) return;
    if ((++visited_ & 0xfffU) == 0 && Clock::now() > deadline_) {
      timed_out_ = true;
      return;
    }
    if (depth == order_.size()) {
      if (used == k_ && cost < best_cost_ - improvement_epsilon) {
        best_cost_ = cost;
        best_faction_ = faction_;
      }
      return;
    }
    const int remaining = static_cast<int>(order_.size() - depth);
    if (remaining < k_ - used) return;
    if (cost + bound(depth) >= best_cost_ - improvement_epsilon) return;
    const int v = order_[depth];
    const int limit = std::min(k_ - 1, used);  // faction `used` is the new one
    for (int c = 0; c <= limit; ++c) {
      if (remaining == k_ - used && c < used) continue;  // every remaining node must open a faction
      const double added = cost_to(v, c);
      faction_[static_cast<std::size_t>(v)] = c;
      place(v, c, +1.0);
      search(depth + 1, std::max(used, c + 1), cost + added);
      place(v, c, -1.0);
      faction_[static_cast<std::size_t>(v)] = -1;
    }
  }

  const SignedGraph& graph_;
  int k_;
  double alpha_;
  std::vector<int> order_;
  std::vector<int> faction_;
  std::vector<double> cost_to_;
  double best_cost_;
  std::vector<int> best_faction_;
  Clock::time_point deadline_;
  std::uint64_t visited_ = 0;
  bool timed_out_ = false;
};

FactionPartition best_for_k(const SignedGraph& graph, int k, const FactionOptions& options,
                            Clock::time_point deadline) {
  FactionPartition partition = relocation_search(graph, k, options);
  if (!options.exact || graph.node_count() > options.exact_max_nodes) return partition;
  ExactSearch search{graph, k, options.alpha, partition.criterion + 1e-9, deadline};
  const bool finished = search.run();
  if (!search.best().empty()) {
    const FactionPartition found = evaluate_partition(graph, search.best(), options.alpha);
    if (found.criterion < partition.criterion - improvement_epsilon) partition = found;
  }
  partition.k = k;
  partition.optimal = finished;
  partition.method =
      finished ? "exact (branch and bound)" : "relocation; branch and bound stopped at the time limit";
  return partition;
}

}  // namespace

FactionPartition evaluate_partition(const SignedGraph& graph, std::vector<int> faction, double alpha) {
  FactionPartition partition;
  partition.faction = canonical(std::move(faction));
  for (int f : partition.faction) partition.k = std::max(partition.k, f + 1);
  for (const SignedEdge& edge : graph.edges()) {
    const bool together = partition.faction[static_cast<std::size_t>(edge.u)] ==
                          partition.faction[static_cast<std::size_t>(edge.v)];
    if (edge.negative() && together) partition.negative_within += edge.magnitude();
    if (!edge.negative() && !together) partition.positive_between += edge.weight;
  }
  partition.criterion = alpha * partition.negative_within + (1.0 - alpha) * partition.positive_between;
  return partition;
}

FactionResult find_factions(const SignedGraph& graph, const FactionOptions& options) {
  const auto deadline =
      Clock::now() + std::chrono::duration_cast<Clock::duration>(
                         std::chrono::duration<double>(std::max(0.0, options.time_limit_s)));
  FactionResult result;
  const int n = graph.node_count();
  if (n == 0) return result;
  const int first_k = options.k > 0 ? options.k : 1;
  const int last_k = std::min(n, options.k > 0 ? options.k : std::max(1, options.max_k));
  for (int k = first_k; k <= last_k; ++k) {
    result.by_k.push_back(best_for_k(graph, k, options, deadline));
    const FactionPartition& candidate = result.by_k.back();
    if (result.by_k.size() == 1 || candidate.criterion < result.best.criterion - improvement_epsilon)
      result.best = candidate;
  }
  return result;
}

}  // namespace faultline
