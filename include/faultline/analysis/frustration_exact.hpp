#pragma once
// The exact frustration index, with a certificate: the value of a split (upper bound) equals a proven lower
// bound.
//
// Method (docs/factions.md): the index adds up over biconnected blocks, so each block is solved on its own. A
// block whose local-search split already meets the negative-triangle bound is done. Otherwise a binary
// program in the style of Aref, Mason & Wilson (2018, 2020) — x_v ∈ {0,1} the side of node v, f_e ≥ 0 the
// frustration of edge e,
//   positive e=(u,v):  f_e ≥ x_u − x_v,  f_e ≥ x_v − x_u
//   negative e=(u,v):  f_e ≥ x_u + x_v − 1,  f_e ≥ 1 − x_u − x_v,      minimise Σ |w_e| f_e,
// one node fixed to break the mirror symmetry — goes to GLPK's branch and bound, strengthened with odd-cycle
// inequalities (every negative cycle holds a frustrated edge) separated by shortest paths in the
// parity-doubled graph, at the root and at every node, and seeded with the best local-search split. With
// whole weights the bound is rounded up, which closes most searches early.

#include "faultline/analysis/frustration.hpp"

namespace faultline {

[[nodiscard]] FrustrationResult frustration_exact(const SignedGraph& graph,
                                                  const FrustrationOptions& options = {});

}  // namespace faultline
