#pragma once
// Landscape theory (Axelrod & Bennett 1993): actors of size s_i with pairwise propensities p_ij (> 0
// affinity, < 0 antagonism; here the signed edge weights) fall into two coalitions. A configuration's energy
// (frustration) is
//   E = Σ_i Σ_{j≠i} s_i s_j p_ij d_ij,   d_ij = 1 when i and j are in different coalitions, 0 otherwise
// (the sum over ordered pairs, as the original and the authors' scripts compute it). Actors move to lower
// energy; the stable configurations are the local minima (no single actor's switch lowers E). Up to
// `exhaustive_max_actors` every configuration is enumerated in Gray-code order with O(n) incremental updates;
// basins of attraction (under steepest descent) are exact up to `exact_basin_max_actors` (at most 26: 4 bytes
// per configuration) and sampled beyond. Larger inputs use local search.

#include <cstdint>
#include <vector>

#include "faultline/analysis/signed_graph.hpp"

namespace faultline {

struct LandscapeOptions {
  int exhaustive_max_actors = 30;
  int exact_basin_max_actors = 24;
  int samples = 100000;  // random starts when basins are sampled or the input is too large to enumerate
  std::uint64_t seed = 1;
  int threads = 0;
};

struct LandscapeMinimum {
  Sides sides;  // side 1 is the coalition not holding actor 0
  double energy = 0.0;
  double basin = 0.0;                      // share of configurations whose steepest descent ends here (0..1)
  std::uint64_t basin_configurations = 0;  // exact count, or the number of samples that ended here
};

struct LandscapeResult {
  std::vector<LandscapeMinimum> minima;  // lowest energy first
  bool exhaustive = false;               // every configuration enumerated: the list of minima is complete
  bool basins_exact = false;
  std::uint64_t configurations = 0;  // enumerated (2^(n−1)) or sampled
};

[[nodiscard]] LandscapeResult landscape(const SignedGraph& graph, const LandscapeOptions& options = {});

// Energy of one configuration (for tests and reports).
[[nodiscard]] double landscape_energy(const SignedGraph& graph, const Sides& sides);

}  // namespace faultline
