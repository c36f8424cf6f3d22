#pragma once
// Keystone analysis: remove each actor in turn and measure what the coalition loses — the frustration of the
// whole network, the number and sizes of factions, and the coalition's positive ties: how much tie weight
// leaves with the actor and how many members lose every positive path to the rest (stranded). An actor the
// coalition depends on is one whose removal strands members and takes tie weight with it (seed 001: a
// structure held by one figure).
//   dependency = ½ · stranded / (members − 1) + ½ · (coalition tie weight lost) / (coalition tie weight)

#include <string>
#include <vector>

#include "faultline/analysis/frustration.hpp"
#include "faultline/analysis/generalized_balance.hpp"
#include "faultline/analysis/signed_graph.hpp"

namespace faultline {

struct KeystoneOptions {
  FrustrationOptions frustration;
  FactionOptions factions;
  int exact_max_edges = 5000;  // frustration after removal: exact up to this size, heuristic beyond
};

struct Keystone {
  int node = 0;
  bool member = false;  // in the coalition
  double frustration_after = 0.0;
  double frustration_change = 0.0;  // after − before (negative: the actor was a source of tension)
  int factions_after = 0;
  std::vector<int> faction_sizes_after;  // largest first
  double tie_weight_after = 0.0;         // positive tie weight left among the other members
  double tie_weight_lost = 0.0;  // share of the coalition's positive tie weight that leaves with the actor
  int stranded = 0;              // members the largest positively connected piece loses beyond the actor
  double dependency = 0.0;
};

struct KeystoneResult {
  std::vector<int> coalition;  // member nodes
  double frustration_before = 0.0;
  int factions_before = 0;
  double tie_weight_before = 0.0;
  std::vector<Keystone> ranking;  // every actor, most depended on first
};

[[nodiscard]] KeystoneResult keystones(const SignedGraph& graph, const std::vector<int>& coalition,
                                       const KeystoneOptions& options = {});

}  // namespace faultline
