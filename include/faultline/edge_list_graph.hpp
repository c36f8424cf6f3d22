#pragma once
// Joins two layers that may not see each other: io reads a CSV edge list, analysis builds the signed graph
// from it (and symmetrises directed arcs). Front ends, benchmarks and tests all load networks this one way.

#include <utility>

#include "faultline/analysis/signed_graph.hpp"
#include "faultline/io/edge_list.hpp"

namespace faultline {

[[nodiscard]] inline SignedGraph signed_graph_from(const io::EdgeList& list) {
  SignedGraphBuilder builder;
  for (const io::EdgeListNode& node : list.nodes)
    builder.add_node({node.id, node.label, node.group, node.size});
  for (const io::EdgeListArc& arc : list.arcs) builder.add_arc(arc.source, arc.target, arc.weight);
  return std::move(builder).build();
}

}  // namespace faultline
