#pragma once
// The split a social-network analyst predicts for an unsigned interaction network with two named leaders:
// - the minimum cut between the leaders (Zachary 1977 used max-flow/min-cut): the cheapest set of ties whose
// loss
//   separates them; each member's margin is how much more the cut would cost were that member forced to the
//   other side (0: the member could go either way at no cost);
// - spectral bisection: the sign of the Fiedler vector (the eigenvector of the weighted Laplacian's
// second-smallest
//   eigenvalue), oriented so that leader A is on side 0; the margin is the member's |entry|, scaled to the
//   largest.
// Only positive ties carry interaction; negative ones are ignored here.

#include <vector>

#include "faultline/analysis/signed_graph.hpp"

namespace faultline {

struct LeaderSplit {
  int leader_a = 0;
  int leader_b = 0;
  Sides min_cut_sides;  // 0: with leader A
  double cut_weight = 0.0;
  std::vector<double> min_cut_margin;
  Sides spectral_sides;
  std::vector<double> fiedler;  // the Fiedler vector (unit length)
  double algebraic_connectivity = 0.0;
  int disagreements = 0;  // members the two methods place differently
};

[[nodiscard]] LeaderSplit leader_split(const SignedGraph& graph, int leader_a, int leader_b);

}  // namespace faultline
