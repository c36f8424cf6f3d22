#pragma once
// The coalition-level analysis in one call (issue 5): from a scenario's relations (optionally weighted by tie
// worth) or from a real network, the signed graph's structural balance (frustration index and the two-faction
// split), k factions, keystones, and on request the Axelrod–Bennett landscape and the split between two named
// leaders, each scored against ground-truth groups when the nodes carry them. Pure: no printing, no files.

#include <array>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "faultline/analysis/alignment.hpp"
#include "faultline/analysis/frustration.hpp"
#include "faultline/analysis/generalized_balance.hpp"
#include "faultline/analysis/keystone.hpp"
#include "faultline/analysis/landscape.hpp"
#include "faultline/analysis/leader_split.hpp"
#include "faultline/analysis/partition_score.hpp"
#include "faultline/analysis/signed_graph.hpp"
#include "faultline/model/scenario.hpp"

namespace faultline {

enum class CoalitionMethod { automatic, balance, clusters, landscape, leaders };
[[nodiscard]] std::string_view to_string(CoalitionMethod method) noexcept;
[[nodiscard]] std::optional<CoalitionMethod> coalition_method_from(std::string_view name) noexcept;

struct CoalitionOptions {
  CoalitionMethod method = CoalitionMethod::automatic;
  bool exact = false;          // insist on proofs (exact frustration and factions) whatever the size
  int exact_max_edges = 5000;  // automatic: exact frustration up to this many edges
  std::optional<std::array<std::string, 2>> leaders;  // node ids
  bool keystones = true;  // automatic/balance/clusters: when the network has at most keystone_max_nodes
  int keystone_max_nodes = 60;
  std::string coalition_anchor;  // keystones: the coalition is this actor's faction (default: the largest)
  // Scenario only: tie worth per actor pair (e.g. from the alignment analysis), added as arcs beside the
  // relations.
  std::map<std::pair<std::string, std::string>, double> tie_weights;
  FrustrationOptions frustration;
  FactionOptions factions;
  LandscapeOptions landscape;
};

struct NamedScore {
  std::string of;  // which partition: "balance", "factions", "min_cut", "spectral", "landscape"
  PartitionScore score;
};

struct CoalitionResult {
  std::string source;  // scenario id or file name
  std::string title;
  CoalitionMethod method = CoalitionMethod::automatic;  // as resolved
  SignedGraph graph;
  std::optional<FrustrationResult> balance;
  std::optional<FactionResult> factions;
  std::optional<LandscapeResult> landscape;
  std::optional<LeaderSplit> leaders;
  std::optional<KeystoneResult> keystones;
  std::vector<NamedScore> scores;  // only when nodes carry ground-truth groups; the main partition first
};

// Tie worth as edge weights: each declared tie weighs the mean of what it is worth to its two sides (true,
// revealed worth: what the tie rests on, not what its sides believe). Pass the result as
// CoalitionOptions::tie_weights.
[[nodiscard]] std::map<std::pair<std::string, std::string>, double> tie_worth_weights(
    const AlignmentResult& alignment);

// Actors are nodes (size = capability), relations are signed edges (and tie worth, when given).
[[nodiscard]] SignedGraph signed_graph_from(const Scenario& scenario, const CoalitionOptions& options = {});

[[nodiscard]] CoalitionResult analyze_coalition(const Scenario& scenario,
                                                const CoalitionOptions& options = {});
[[nodiscard]] CoalitionResult analyze_network(SignedGraph graph, const CoalitionOptions& options = {},
                                              std::string source = {});

}  // namespace faultline
