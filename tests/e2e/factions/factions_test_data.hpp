#pragma once
// Loads the real networks of tests/data/ (copied from the shared datasets, see each folder's README.md) as
// signed graphs, the way the CLI does: io reads the CSV, the analysis symmetrises it.

#include <optional>
#include <string>

#include "faultline/analysis/signed_graph.hpp"
#include "faultline/edge_list_graph.hpp"
#include "faultline/io/edge_list.hpp"
#include "golden.hpp"

namespace faultline::testing {

inline SignedGraph load_test_graph(const std::string& edges, const std::optional<std::string>& nodes = {}) {
  std::optional<std::filesystem::path> node_path;
  if (nodes) node_path = source_path("tests/data/" + *nodes);
  return signed_graph_from(io::read_edge_list(source_path("tests/data/" + edges), node_path));
}

inline SignedGraph gahuku_gama() {
  return load_test_graph("gahuku_gama/gahuku_gama_edges.csv", "gahuku_gama/gahuku_gama_nodes.csv");
}
inline SignedGraph karate() {
  return load_test_graph("karate/karate_edges.csv", "karate/karate_nodes.csv");
}
inline SignedGraph syria2016(const std::string& nodes_file = "syria2016_nodes.csv") {
  return load_test_graph("landscape_syria2016/syria2016_edges.csv", "landscape_syria2016/" + nodes_file);
}

}  // namespace faultline::testing
