#pragma once
// Structural balance: the frustration index of a signed graph, the minimum total |weight| of edges that
// violate a two-faction split (positive edges across the split, negative edges inside a side).
// `frustration_exact` proves its value (lower bound = upper bound); `frustration_heuristic` scales to
// millions of edges and reports the value it found beside the best lower bound it can prove.

#include <cstdint>
#include <string>
#include <vector>

#include "faultline/analysis/signed_graph.hpp"

namespace faultline {

struct FrustrationOptions {
  int starts = 64;  // local-search starts (deterministic: start i uses stream (seed, i))
  std::uint64_t seed = 1;
  int threads = 0;             // 0: every hardware thread; any count gives the same result
  double time_limit_s = 60.0;  // exact search: stop with the best bounds found by then
  double near_optimal_tolerance =
      0.0;  // a start's split is "near-optimal" within this much of the best value
};

// One node's place in the best split, and how settled it is across the near-optimal splits.
struct NodeSide {
  std::uint8_t side = 0;
  double consistency = 1.0;  // share of near-optimal splits that put the node on this side (1 = never moves)
};

struct FrustrationResult {
  double frustration = 0.0;  // the value of `sides`: an upper bound on the index
  double lower_bound = 0.0;  // proven: no split frustrates less
  bool optimal = false;      // lower_bound == frustration: the certificate of exactness
  std::string method;        // "exact (…)" or "heuristic (…)"
  std::string certificate;   // how the lower bound was proven, in words
  Sides sides;               // the best split found
  std::vector<NodeSide> nodes;
  std::vector<double> edge_frustrated_share;  // per edge: share of near-optimal splits that frustrate it
  int near_optimal_splits = 0;
  int blocks_solved = 0;  // exact: biconnected blocks that needed a search
  double seconds = 0.0;
};

// Summarises a pool of splits of equal or near-equal value: the node consistency and edge shares above. The
// first split is the reference; each other split is oriented per connected component to agree with it as far
// as possible.
void summarise_split_pool(const SignedGraph& graph, const std::vector<Sides>& pool,
                          FrustrationResult& result);

// Connected component of every node (numbered 0.. in order of first node).
[[nodiscard]] std::vector<int> connected_components(const SignedGraph& graph);

}  // namespace faultline
