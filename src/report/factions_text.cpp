#include "faultline/report/factions_text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstddef>

namespace faultline::report {
namespace {

constexpr std::size_t rows_shown = 40;  // long lists are cut, with a count of the rest

std::string name_of(const SignedGraph& graph, int v) {
  const SignedNode& node = graph.node(v);
  return node.label.empty() || node.label == node.id ? node.id : node.label;
}

// Column width for names: the longest label, within reason.
int name_width(const SignedGraph& graph) {
  std::size_t longest = 12;
  for (int v = 0; v < graph.node_count() && v < 2000; ++v)
    longest = std::max(longest, name_of(graph, v).size());
  return static_cast<int>(std::min<std::size_t>(longest, 40)) + 2;
}

std::string members_line(const SignedGraph& graph, const std::vector<int>& partition, int faction) {
  std::string line;
  int count = 0;
  for (int v = 0; v < graph.node_count(); ++v) {
    if (partition[static_cast<std::size_t>(v)] != faction) continue;
    if (++count > static_cast<int>(rows_shown)) continue;
    if (!line.empty()) line += ", ";
    line += name_of(graph, v);
  }
  if (count > static_cast<int>(rows_shown)) line += fmt::format(", … ({} in all)", count);
  return line;
}

std::string number(double value) {
  if (value == std::round(value) && std::abs(value) < 1e15) return fmt::format("{:.0f}", value);
  return fmt::format("{:.4g}", value);
}

void balance_section(std::string& out, const CoalitionResult& result) {
  const FrustrationResult& balance = *result.balance;
  const SignedGraph& graph = result.graph;
  const int width = name_width(graph);
  out += "STRUCTURAL BALANCE (two factions)\n";
  out +=
      fmt::format("  frustration index   {}{}\n", number(balance.frustration),
                  balance.optimal ? "  (exact)"
                                  : fmt::format("  (best found; proven ≥ {})", number(balance.lower_bound)));
  out +=
      fmt::format("  certificate         lower bound {} = upper bound {}? {}\n", number(balance.lower_bound),
                  number(balance.frustration), balance.optimal ? "yes" : "no");
  out += fmt::format("  how                 {}; {}\n", balance.method, balance.certificate);
  out += fmt::format("  time                {:.3f} s; {} near-optimal splits compared\n", balance.seconds,
                     balance.near_optimal_splits);
  std::vector<int> sides(balance.sides.begin(), balance.sides.end());
  for (int side = 0; side < 2; ++side)
    out += fmt::format("  side {}              {}\n", side, members_line(graph, sides, side));
  std::vector<int> unsettled;
  for (int v = 0; v < graph.node_count(); ++v)
    if (balance.nodes[static_cast<std::size_t>(v)].consistency < 1.0) unsettled.push_back(v);
  if (!unsettled.empty()) {
    out += "  nodes that change side among near-optimal splits (share on the side shown):\n";
    for (std::size_t i = 0; i < std::min(unsettled.size(), rows_shown); ++i)
      out += fmt::format("    {:<{}}{:>6.2f}\n", name_of(graph, unsettled[i]), width,
                         balance.nodes[static_cast<std::size_t>(unsettled[i])].consistency);
  }
  std::vector<std::size_t> order;
  for (std::size_t e = 0; e < balance.edge_frustrated_share.size(); ++e)
    if (balance.edge_frustrated_share[e] > 0.0) order.push_back(e);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return balance.edge_frustrated_share[a] > balance.edge_frustrated_share[b];
  });
  if (!order.empty()) {
    out += fmt::format("  faultline edges (frustrated ties; share of near-optimal splits), {} in all:\n",
                       order.size());
    for (std::size_t i = 0; i < std::min(order.size(), rows_shown); ++i) {
      const SignedEdge& edge = graph.edges()[order[i]];
      out += fmt::format("    {:<{}} {} {:<{}}{:>+8.3g}{:>7.2f}\n", name_of(graph, edge.u), width,
                         edge.negative() ? "−" : "+", name_of(graph, edge.v), width, edge.weight,
                         balance.edge_frustrated_share[order[i]]);
    }
  }
  out += "\n";
}

void factions_section(std::string& out, const CoalitionResult& result) {
  const FactionPartition& best = result.factions->best;
  out += fmt::format("FACTIONS (Doreian–Mrvar criterion α·N + (1−α)·P)\n");
  out +=
      fmt::format("  k = {}   criterion {}   negative ties within {}   positive ties between {}   {}\n",
                  best.k, number(best.criterion), number(best.negative_within), number(best.positive_between),
                  best.optimal ? "(exact)" : fmt::format("({})", best.method));
  for (int f = 0; f < best.k; ++f)
    out += fmt::format("  faction {}   {}\n", f, members_line(result.graph, best.faction, f));
  std::string by_k;
  for (const FactionPartition& partition : result.factions->by_k)
    by_k += fmt::format("  k={}: {}", partition.k, number(partition.criterion));
  out += fmt::format("  criterion by k:{}\n\n", by_k);
}

void landscape_section(std::string& out, const CoalitionResult& result) {
  const LandscapeResult& landscape = *result.landscape;
  out += fmt::format("LANDSCAPE (Axelrod–Bennett energy; {} {} configurations; basins {})\n",
                     landscape.exhaustive ? "all" : "sampled", landscape.configurations,
                     landscape.basins_exact ? "exact" : "sampled");
  for (std::size_t m = 0; m < std::min(landscape.minima.size(), rows_shown); ++m) {
    const LandscapeMinimum& minimum = landscape.minima[m];
    const std::vector<int> sides(minimum.sides.begin(), minimum.sides.end());
    out += fmt::format("  minimum {}   energy {}   basin {:.1f}%\n", m + 1, number(minimum.energy),
                       100.0 * minimum.basin);
    out += fmt::format("    {}\n    vs {}\n", members_line(result.graph, sides, 0),
                       members_line(result.graph, sides, 1));
  }
  out += "\n";
}

void leaders_section(std::string& out, const CoalitionResult& result) {
  const LeaderSplit& split = *result.leaders;
  const SignedGraph& graph = result.graph;
  const int width = name_width(graph);
  out += fmt::format("LEADERS' SPLIT ({} vs {})\n", name_of(graph, split.leader_a),
                     name_of(graph, split.leader_b));
  out += fmt::format(
      "  minimum cut weight {}   algebraic connectivity {:.4f}   min-cut and spectral disagree on {}\n",
      number(split.cut_weight), split.algebraic_connectivity, split.disagreements);
  const std::vector<int> sides(split.min_cut_sides.begin(), split.min_cut_sides.end());
  out += fmt::format("  with {}: {}\n", name_of(graph, split.leader_a), members_line(graph, sides, 0));
  out += fmt::format("  with {}: {}\n", name_of(graph, split.leader_b), members_line(graph, sides, 1));
  out += fmt::format("  {:<{}}{:>8}{:>10}{:>10}{:>10}  {}\n", "member", width, "min-cut", "margin",
                     "spectral", "fiedler", "group");
  for (int v = 0; v < graph.node_count() && static_cast<std::size_t>(v) < rows_shown * 3; ++v) {
    const auto vi = static_cast<std::size_t>(v);
    const double margin = split.min_cut_margin[vi];
    out += fmt::format("  {:<{}}{:>8}{:>10}{:>10}{:>+10.3f}  {}\n", name_of(graph, v), width,
                       split.min_cut_sides[vi], std::isfinite(margin) ? number(margin) : "leader",
                       split.spectral_sides[vi], split.fiedler[vi], graph.node(v).group.value_or(""));
  }
  out += "\n";
}

void keystones_section(std::string& out, const CoalitionResult& result) {
  const KeystoneResult& keystones = *result.keystones;
  const SignedGraph& graph = result.graph;
  const int width = name_width(graph);
  std::vector<int> in_coalition(static_cast<std::size_t>(graph.node_count()), 1);
  for (int v : keystones.coalition) in_coalition[static_cast<std::size_t>(v)] = 0;
  out +=
      fmt::format("KEYSTONES (remove each actor; the coalition: {})\n", members_line(graph, in_coalition, 0));
  out += fmt::format("  before: frustration {}, {} factions, coalition tie weight {}\n",
                     number(keystones.frustration_before), keystones.factions_before,
                     number(keystones.tie_weight_before));
  out += fmt::format("  {:<{}}{:>11}{:>10}{:>11}{:>13}{:>10}  {}\n", "actor", width + 10, "dependency",
                     "stranded", "ties lost", "frustration", "factions", "sizes");
  for (std::size_t i = 0; i < std::min(keystones.ranking.size(), rows_shown); ++i) {
    const Keystone& keystone = keystones.ranking[i];
    std::string sizes;
    for (int size : keystone.faction_sizes_after) sizes += (sizes.empty() ? "" : "/") + std::to_string(size);
    out += fmt::format("  {:<{}}{:>11.2f}{:>10}{:>10.0f}%{:>+13.3g}{:>10}  {}\n",
                       name_of(graph, keystone.node) + (keystone.member ? "" : " (outside)"), width + 10,
                       keystone.dependency, keystone.stranded, 100.0 * keystone.tie_weight_lost,
                       keystone.frustration_change, keystone.factions_after, sizes);
  }
  out += "\n";
}

}  // namespace

std::string coalition_text(const CoalitionResult& result) {
  std::string out = fmt::format("COALITION ANALYSIS  {}{}\n", result.source,
                                result.title.empty() ? "" : " — " + result.title);
  out += fmt::format("  {} nodes, {} ties ({} negative); method {}\n\n", result.graph.node_count(),
                     result.graph.edge_count(), result.graph.negative_edge_count(), to_string(result.method));
  if (result.balance) balance_section(out, result);
  if (result.factions) factions_section(out, result);
  if (result.landscape) landscape_section(out, result);
  if (result.leaders) leaders_section(out, result);
  if (result.keystones) keystones_section(out, result);
  if (!result.scores.empty()) {
    out += "SCORE against the ground-truth groups\n";
    for (const NamedScore& named : result.scores)
      out += fmt::format("  {:<12} accuracy {:.3f} ({} of {})   adjusted Rand {:.3f}\n", named.of,
                         named.score.accuracy, named.score.matched, named.score.scored,
                         named.score.adjusted_rand);
  }
  return out;
}

}  // namespace faultline::report
