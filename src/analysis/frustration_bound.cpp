#include "faultline/analysis/frustration_bound.hpp"

#include <algorithm>
#include <cstddef>
#include <vector>

namespace faultline {

double negative_triangle_packing_bound(const SignedGraph& graph) {
  std::vector<double> residual(static_cast<std::size_t>(graph.edge_count()));
  for (std::size_t e = 0; e < residual.size(); ++e) residual[e] = graph.edges()[e].magnitude();
  double bound = 0.0;
  for (int e = 0; e < graph.edge_count(); ++e) {
    const SignedEdge& edge = graph.edges()[static_cast<std::size_t>(e)];
    const auto a = graph.neighbors(edge.u);
    const auto b = graph.neighbors(edge.v);
    std::size_t i = 0;
    std::size_t j = 0;
    // Merge the two sorted neighbour lists: each common neighbour closes a triangle.
    while (i < a.size() && j < b.size() && residual[static_cast<std::size_t>(e)] > 0.0) {
      if (a[i].node < b[j].node) {
        ++i;
      } else if (b[j].node < a[i].node) {
        ++j;
      } else {
        const int negatives =
            (edge.negative() ? 1 : 0) + (a[i].weight < 0.0 ? 1 : 0) + (b[j].weight < 0.0 ? 1 : 0);
        if (negatives % 2 == 1) {
          double& r0 = residual[static_cast<std::size_t>(e)];
          double& r1 = residual[static_cast<std::size_t>(a[i].edge)];
          double& r2 = residual[static_cast<std::size_t>(b[j].edge)];
          const double share = std::min({r0, r1, r2});
          if (share > 0.0) {
            r0 -= share;
            r1 -= share;
            r2 -= share;
            bound += share;
          }
        }
        ++i;
        ++j;
      }
    }
  }
  return bound;
}

}  // namespace faultline
