#pragma once
// The coalition charts: the signed network as a faction graph (actors on a circle, each faction on its own
// arc; positive ties solid, negative ties dashed; ties that break the two-camp split highlighted) and the
// keystone ranking (how much the coalition depends on each actor).

#include <string>
#include <vector>

#include "faultline/analysis/coalition.hpp"
#include "faultline/report/svg_figure.hpp"

namespace faultline::report {

// Each node's faction: the k-faction partition when there is one, else the balance split, else one faction.
[[nodiscard]] std::vector<int> node_factions(const CoalitionResult& result);

// Empty for a graph too large to draw legibly (more than `max_nodes` actors).
[[nodiscard]] std::string faction_graph_figure(const CoalitionResult& result, svg::Ids& ids,
                                               int max_nodes = 40);

// Empty when the result has no keystone analysis.
[[nodiscard]] std::string keystone_figure(const CoalitionResult& result, svg::Ids& ids,
                                          std::size_t shown = 20);

// The node's label, or its id.
[[nodiscard]] std::string node_name(const SignedGraph& graph, int node);

}  // namespace faultline::report
