#pragma once
// k factions: generalised balance / correlation clustering with the Doreian–Mrvar criterion
//   P(C) = α·N + (1−α)·P,
// N the |weight| of negative ties inside factions, P the weight of positive ties between them (α = 0.5 counts
// both kinds of error alike). For a given k, or with k chosen by the criterion (the smallest k of least P).
// Relocation search (multi-start, single-node moves) for any size; exact branch and bound for small graphs.

#include <cstdint>
#include <vector>

#include "faultline/analysis/signed_graph.hpp"

namespace faultline {

struct FactionOptions {
  int k = 0;  // 0: choose k by the criterion among 1..max_k
  int max_k = 6;
  double alpha = 0.5;
  bool exact = false;  // branch and bound (small graphs; falls back to relocation past exact_max_nodes)
  int exact_max_nodes = 30;
  int starts = 100;  // relocation starts
  std::uint64_t seed = 1;
  int threads = 0;
  double time_limit_s = 60.0;
};

struct FactionPartition {
  int k = 0;
  std::vector<int> faction;       // per node, 0..k-1, numbered in order of first appearance
  double criterion = 0.0;         // α·N + (1−α)·P
  double negative_within = 0.0;   // N
  double positive_between = 0.0;  // P
  bool optimal = false;           // proven by exhaustive branch and bound
  std::string method;
};

struct FactionResult {
  FactionPartition best;
  std::vector<FactionPartition> by_k;  // the best partition found for each k tried (k = 1, 2, …)
};

[[nodiscard]] FactionResult find_factions(const SignedGraph& graph, const FactionOptions& options = {});

// The criterion of a given partition (faction ids need not be contiguous).
[[nodiscard]] FactionPartition evaluate_partition(const SignedGraph& graph, std::vector<int> faction,
                                                  double alpha);

}  // namespace faultline
