#pragma once
// Biconnected blocks and cut vertices. The frustration index adds up over blocks (a cut vertex lets each
// block choose its split on its own), so the exact solver works block by block; a cut vertex of a coalition
// is an actor whose removal disconnects it (keystone analysis).

#include <vector>

#include "faultline/analysis/signed_graph.hpp"

namespace faultline {

struct GraphBlocks {
  std::vector<std::vector<int>>
      blocks;                    // edge indices of each biconnected block (bridges are blocks of one edge)
  std::vector<bool> cut_vertex;  // per node
};

[[nodiscard]] GraphBlocks biconnected_blocks(const SignedGraph& graph);

}  // namespace faultline
