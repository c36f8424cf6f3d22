#pragma once
// The fast frustration heuristic for large signed graphs: multi-start local search. Each start balances a
// random BFS spanning tree (the graphB+ idea: a tree is always balanceable, and its balanced split is a good
// first guess), then descends by single-node flips and, on graphs small enough to afford it, perturbs and
// descends again (iterated local search). The lower bound is a fractional packing of negative triangles
// (frustration_bound.hpp).

#include "faultline/analysis/frustration.hpp"

namespace faultline {

[[nodiscard]] FrustrationResult frustration_heuristic(const SignedGraph& graph,
                                                      const FrustrationOptions& options = {});

// The best split of each start, in start order (the exact solver seeds itself with these).
struct LocalSearchPool {
  std::vector<Sides> splits;
  std::vector<double> values;
};
[[nodiscard]] LocalSearchPool balance_local_search(const SignedGraph& graph,
                                                   const FrustrationOptions& options);

}  // namespace faultline
