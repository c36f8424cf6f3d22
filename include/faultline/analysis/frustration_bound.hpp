#pragma once
// A lower bound on the frustration index that any graph size affords: every negative cycle (an odd number of
// negative edges) holds at least one frustrated edge, so a fractional packing of negative triangles — each
// edge's |weight| shared among the triangles through it — bounds the index from below (LP duality for the
// covering problem). Greedy, deterministic, O(Σ_v deg(v)²).

#include "faultline/analysis/signed_graph.hpp"

namespace faultline {

[[nodiscard]] double negative_triangle_packing_bound(const SignedGraph& graph);

}  // namespace faultline
