#pragma once
// Reads real networks given as CSV (DESIGN.md §2): an edge list `source,target[,sign][,weight]` with a
// header, and an optional node file `id,label[,group][,size]`. Columns are found by their header names (so
// extra columns, as in most published files, are fine); every bad row is reported with file:line:column in
// one InputError.
//
// Edge weight: sign × weight when both columns exist (weight ≥ 0), the weight when only it exists (it may be
// negative), the sign when only it exists, +1 when neither (an unsigned interaction network). Rows whose
// value is 0 carry no tie and are skipped. Arcs may be directed or repeated; the analysis symmetrises them
// (signed_graph.hpp).

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace faultline::io {

struct EdgeListNode {
  std::string id;
  std::string label;
  std::optional<std::string> group;  // ground truth: scoring only
  double size = 1.0;
};

struct EdgeListArc {
  std::string source;
  std::string target;
  double weight = 1.0;  // signed
};

struct EdgeList {
  std::vector<EdgeListNode> nodes;  // from the node file (empty without one)
  std::vector<EdgeListArc> arcs;
};

struct EdgeListOptions {
  bool signs_only = false;   // keep only each arc's sign (±1), as the literature does for rating networks
  std::string group_column;  // node-file column holding the ground truth, when not one the reader recognises
};

// Reads the edge file and, when given, the node file. Edge endpoints are looked up by node id, then by label
// (so a node file keyed by numbers still fits an edge list that names nodes); an endpoint missing from a
// given node file is an error.
EdgeList read_edge_list(const std::filesystem::path& edges,
                        const std::optional<std::filesystem::path>& nodes = {},
                        const EdgeListOptions& options = {});

// The same from text; `file_name` is what diagnostics name.
EdgeList parse_edge_list(std::string_view edges_text, std::string_view file_name,
                         const EdgeListOptions& options = {});
std::vector<EdgeListNode> parse_node_file(std::string_view text, std::string_view file_name,
                                          const EdgeListOptions& options = {});

// One edge list per value of `column` (e.g. `period` in a file of many networks), in order of first
// appearance.
std::vector<std::pair<std::string, EdgeList>> read_edge_list_partitions(const std::filesystem::path& edges,
                                                                        std::string_view column,
                                                                        const EdgeListOptions& options = {});

}  // namespace faultline::io
