#include "bench_factions_generator.hpp"

#include <string>
#include <unordered_set>

namespace faultline::bench {
namespace {

// SplitMix64: the same small generator the analyses use, so the graph is identical on every platform.
std::uint64_t next(std::uint64_t& state) {
  std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30U)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27U)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31U);
}

}  // namespace

PlantedGraph planted_factions_graph(int nodes, std::int64_t edges, int factions, double noise,
                                    std::uint64_t seed) {
  PlantedGraph planted;
  std::vector<SignedNode> node_list;
  node_list.reserve(static_cast<std::size_t>(nodes));
  planted.faction.resize(static_cast<std::size_t>(nodes));
  for (int v = 0; v < nodes; ++v) {
    planted.faction[static_cast<std::size_t>(v)] = v % factions;
    node_list.push_back({std::to_string(v), {}, std::to_string(v % factions), 1.0});
  }
  std::uint64_t state = seed;
  std::unordered_set<std::uint64_t> seen;
  seen.reserve(static_cast<std::size_t>(edges) * 2);
  std::vector<SignedEdge> edge_list;
  edge_list.reserve(static_cast<std::size_t>(edges));
  const auto n = static_cast<std::uint64_t>(nodes);
  while (static_cast<std::int64_t>(edge_list.size()) < edges) {
    auto u = static_cast<int>(next(state) % n);
    auto v = static_cast<int>(next(state) % n);
    if (u == v) continue;
    if (u > v) std::swap(u, v);
    if (!seen.insert((static_cast<std::uint64_t>(u) << 32U) | static_cast<std::uint64_t>(v)).second) continue;
    const bool same =
        planted.faction[static_cast<std::size_t>(u)] == planted.faction[static_cast<std::size_t>(v)];
    const bool flipped = static_cast<double>(next(state) >> 11U) * 0x1.0p-53 < noise;
    edge_list.push_back({u, v, same != flipped ? 1.0 : -1.0});
  }
  planted.graph = SignedGraph{std::move(node_list), std::move(edge_list)};
  return planted;
}

}  // namespace faultline::bench
