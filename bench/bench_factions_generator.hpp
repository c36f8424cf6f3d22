#pragma once
// A synthetic signed network with planted factions, for the heuristic's scale benchmark: `nodes` split evenly
// into `factions`, `edges` distinct random pairs, positive within a faction and negative across, each sign
// flipped with probability `noise`. The planted split is near-optimal when noise is small, so the heuristic's
// value can be compared with the planted split's frustration.

#include <cstdint>
#include <vector>

#include "faultline/analysis/signed_graph.hpp"

namespace faultline::bench {

struct PlantedGraph {
  SignedGraph graph;
  std::vector<int> faction;  // planted faction of each node
};

[[nodiscard]] PlantedGraph planted_factions_graph(int nodes, std::int64_t edges, int factions, double noise,
                                                  std::uint64_t seed);

}  // namespace faultline::bench
