#pragma once
// Scoring a partition against ground truth (a node file's `group`): accuracy under the best one-to-one
// matching of predicted factions to true groups, and the adjusted Rand index (Hubert & Arabie 1985; 1 =
// identical, ~0 = chance).

#include <string>
#include <vector>

#include "faultline/analysis/signed_graph.hpp"

namespace faultline {

struct PartitionScore {
  int scored = 0;         // nodes with a ground-truth group
  int matched = 0;        // nodes whose faction maps to their group under the best matching
  double accuracy = 0.0;  // matched / scored
  double adjusted_rand = 0.0;
};

[[nodiscard]] PartitionScore score_partition(const std::vector<int>& predicted,
                                             const std::vector<std::string>& truth);

// Scores the nodes that carry a group; nullopt-like empty score (scored == 0) when none does.
[[nodiscard]] PartitionScore score_against_groups(const SignedGraph& graph,
                                                  const std::vector<int>& predicted);

}  // namespace faultline
