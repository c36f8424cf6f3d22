#include "faultline/analysis/landscape.hpp"

#include <algorithm>
#include <bit>
#include <cstddef>
#include <map>
#include <string>

#include "factions_parallel.hpp"
#include "factions_random.hpp"
#include "faultline/model/error.hpp"

namespace faultline {
namespace {

constexpr double energy_epsilon = 1e-9;

// Dense coupling matrix J_ij = 2 s_i s_j p_ij (ordered-pair energy counts each pair twice).
std::vector<double> couplings(const SignedGraph& graph) {
  const auto n = static_cast<std::size_t>(graph.node_count());
  std::vector<double> coupling(n * n, 0.0);
  for (const SignedEdge& edge : graph.edges()) {
    const auto u = static_cast<std::size_t>(edge.u);
    const auto v = static_cast<std::size_t>(edge.v);
    const double value = 2.0 * graph.node(edge.u).size * graph.node(edge.v).size * edge.weight;
    coupling[u * n + v] = coupling[v * n + u] = value;
  }
  return coupling;
}

// The energy state of one configuration: E and, per actor, the change in E if that actor alone switched.
struct State {
  std::vector<std::uint8_t> side;
  std::vector<double> delta;
  double energy = 0.0;

  State(const std::vector<double>& coupling, std::size_t n, std::vector<std::uint8_t> sides)
      : side(std::move(sides)), delta(n, 0.0) {
    for (std::size_t i = 0; i < n; ++i) {
      for (std::size_t j = 0; j < n; ++j) {
        if (i == j) continue;
        const double c = coupling[i * n + j];
        if (side[i] != side[j]) {
          if (i < j) energy += c;
          delta[i] -= c;  // switching i brings j to its side
        } else {
          delta[i] += c;
        }
      }
    }
  }
  void flip(const std::vector<double>& coupling, std::size_t n, std::size_t k) {
    energy += delta[k];
    delta[k] = -delta[k];
    side[k] ^= 1U;
    for (std::size_t j = 0; j < n; ++j) {
      if (j == k) continue;
      // The pair (k, j) changed between together and apart: its term in j's switch gain changes sign.
      const double c = coupling[k * n + j];
      delta[j] += side[j] == side[k] ? 2.0 * c : -2.0 * c;
    }
  }
  // The actor whose switch lowers E most (lowest index on ties), or n at a local minimum.
  [[nodiscard]] std::size_t steepest(std::size_t n) const {
    std::size_t best = n;
    double best_delta = -energy_epsilon;
    for (std::size_t k = 0; k < n; ++k)
      if (delta[k] < best_delta) {
        best_delta = delta[k];
        best = k;
      }
    return best;
  }
};

LandscapeMinimum minimum_at(const State& state) {
  LandscapeMinimum minimum;
  minimum.sides = state.side;
  if (minimum.sides[0] != 0)
    for (auto& s : minimum.sides) s ^= 1U;
  minimum.energy = state.energy;
  return minimum;
}

// Every configuration in Gray-code order, with the steepest-descent step of each, then every basin by
// following the steps (4 bytes per configuration).
LandscapeResult enumerate_with_basins(const std::vector<double>& coupling, std::size_t n) {
  const std::uint64_t count = std::uint64_t{1} << (n - 1);
  State state{coupling, n, Sides(n, 0)};
  std::vector<std::uint32_t> successor(count);
  std::vector<std::uint64_t> minima_indices;
  std::vector<LandscapeMinimum> minima;
  std::uint64_t index = 0;
  for (std::uint64_t step = 0;; ++step) {
    const std::size_t k = state.steepest(n);
    if (k == n) {
      minima_indices.push_back(index);
      minima.push_back(minimum_at(state));
    }
    // Switching actor 0 is the same as switching everyone else: the mirror of the index.
    successor[index] = static_cast<std::uint32_t>(
        k == n ? index : (k == 0 ? (~index & (count - 1)) : index ^ (std::uint64_t{1} << (k - 1))));
    if (step + 1 == count) break;
    const auto bit = static_cast<std::size_t>(std::countr_zero(step + 1));
    state.flip(coupling, n, bit + 1);
    index ^= std::uint64_t{1} << bit;
  }
  LandscapeResult result;
  result.exhaustive = true;
  result.configurations = count;
  result.basins_exact = true;
  std::map<std::uint64_t, std::size_t> which;
  for (std::size_t m = 0; m < minima_indices.size(); ++m) which[minima_indices[m]] = m;
  // Follow each descent to its end, compressing paths so every configuration is walked once.
  for (std::uint64_t start = 0; start < count; ++start) {
    std::uint64_t at = start;
    while (successor[at] != at) at = successor[at];
    for (std::uint64_t walk = start; successor[walk] != walk;) {
      const std::uint64_t next = successor[walk];
      successor[walk] = static_cast<std::uint32_t>(at);
      walk = next;
    }
    ++minima[which[at]].basin_configurations;
  }
  for (LandscapeMinimum& minimum : minima)
    minimum.basin = static_cast<double>(minimum.basin_configurations) / static_cast<double>(count);
  result.minima = std::move(minima);
  return result;
}

// The configuration at Gray-code position p (actor 0 on side 0; bit k−1 of the code is actor k's side).
Sides gray_sides(std::uint64_t position, std::size_t n) {
  const std::uint64_t code = position ^ (position >> 1U);
  Sides sides(n, 0);
  for (std::size_t k = 1; k < n; ++k) sides[k] = static_cast<std::uint8_t>((code >> (k - 1)) & 1U);
  return sides;
}

// Local minima only (no basins): the Gray-code sequence cut into a fixed number of chunks run in parallel,
// each from its own first configuration. The per-step update is branch-free over spins ±1, so it vectorises;
// the number of chunks does not depend on the thread count, and chunks are merged in order, so the result
// does not either.
std::vector<LandscapeMinimum> enumerate_minima(const std::vector<double>& coupling, std::size_t n,
                                               int threads) {
  const std::uint64_t count = std::uint64_t{1} << (n - 1);
  const std::uint64_t chunks = std::min<std::uint64_t>(64, count);
  const std::uint64_t length = count / chunks;  // count and chunks are powers of two
  std::vector<std::vector<LandscapeMinimum>> found(static_cast<std::size_t>(chunks));
  factions_detail::for_each_start(static_cast<int>(chunks), threads, [&](int chunk) {
    const std::uint64_t first = static_cast<std::uint64_t>(chunk) * length;
    const State start{coupling, n, gray_sides(first, n)};
    std::vector<double> spin(n);
    for (std::size_t i = 0; i < n; ++i) spin[i] = start.side[i] != 0 ? -1.0 : 1.0;
    std::vector<double> delta = start.delta;
    double energy = start.energy;
    auto& minima = found[static_cast<std::size_t>(chunk)];
    auto record_if_minimum = [&](std::uint64_t position, int negatives) {
      if (negatives != 0) return;
      LandscapeMinimum minimum;
      minimum.sides = gray_sides(position, n);
      minimum.energy = energy;
      minima.push_back(std::move(minimum));
    };
    int negatives = 0;
    for (double d : delta) negatives += d < -energy_epsilon ? 1 : 0;
    record_if_minimum(first, negatives);
    for (std::uint64_t position = first + 1; position < first + length; ++position) {
      const std::size_t k = static_cast<std::size_t>(std::countr_zero(position)) + 1;
      energy += delta[k];
      delta[k] = -delta[k];
      spin[k] = -spin[k];
      const double twice_spin = 2.0 * spin[k];
      const double* row = coupling.data() + k * n;
      negatives = 0;
      for (std::size_t j = 0; j < n; ++j) {  // row[k] is 0: delta[k] keeps its new value
        delta[j] += twice_spin * row[j] * spin[j];
        negatives += delta[j] < -energy_epsilon ? 1 : 0;
      }
      record_if_minimum(position, negatives);
    }
  });
  std::vector<LandscapeMinimum> minima;
  for (auto& chunk : found)
    for (auto& minimum : chunk) minima.push_back(std::move(minimum));
  return minima;
}

// Steepest descent from random configurations; each distinct end is a local minimum, its share of the samples
// an estimate of its basin.
std::vector<LandscapeMinimum> sample_descents(const std::vector<double>& coupling, std::size_t n,
                                              const LandscapeOptions& options) {
  const int samples = std::max(1, options.samples);
  std::vector<LandscapeMinimum> ends(static_cast<std::size_t>(samples));
  factions_detail::for_each_start(samples, options.threads, [&](int sample) {
    factions_detail::RandomStream random{options.seed, static_cast<std::uint64_t>(sample)};
    Sides sides(n);
    for (auto& s : sides) s = static_cast<std::uint8_t>(random.below(2));
    State state{coupling, n, std::move(sides)};
    for (std::size_t k = state.steepest(n); k != n; k = state.steepest(n)) state.flip(coupling, n, k);
    ends[static_cast<std::size_t>(sample)] = minimum_at(state);
  });
  // Keyed by the sides as text: GCC 12 warns falsely on comparing byte vectors.
  std::map<std::string, LandscapeMinimum> distinct;
  for (LandscapeMinimum& end : ends) {
    auto [it, inserted] = distinct.emplace(std::string(end.sides.begin(), end.sides.end()), end);
    ++it->second.basin_configurations;
  }
  std::vector<LandscapeMinimum> minima;
  for (auto& [sides, minimum] : distinct) {
    minimum.basin = static_cast<double>(minimum.basin_configurations) / samples;
    minima.push_back(std::move(minimum));
  }
  return minima;
}

}  // namespace

double landscape_energy(const SignedGraph& graph, const Sides& sides) {
  double energy = 0.0;
  for (const SignedEdge& edge : graph.edges())
    if (sides[static_cast<std::size_t>(edge.u)] != sides[static_cast<std::size_t>(edge.v)])
      energy += 2.0 * graph.node(edge.u).size * graph.node(edge.v).size * edge.weight;
  return energy;
}

LandscapeResult landscape(const SignedGraph& graph, const LandscapeOptions& options) {
  const auto n = static_cast<std::size_t>(graph.node_count());
  if (n < 2) throw Error("landscape: at least two actors are needed");
  if (options.exhaustive_max_actors > 40)
    throw Error("landscape: enumeration beyond 40 actors is not supported");
  const std::vector<double> coupling = couplings(graph);
  LandscapeResult result;
  if (static_cast<int>(n) <= options.exhaustive_max_actors) {
    const bool exact_basins = static_cast<int>(n) <= std::min(options.exact_basin_max_actors, 26);
    if (exact_basins) {
      result = enumerate_with_basins(coupling, n);
    } else {
      result.exhaustive = true;
      result.configurations = std::uint64_t{1} << (n - 1);
      result.minima = enumerate_minima(coupling, n, options.threads);
      // Complete list of minima from the enumeration; basin shares from sampled descents.
      const std::vector<LandscapeMinimum> sampled = sample_descents(coupling, n, options);
      for (LandscapeMinimum& minimum : result.minima) {
        for (const LandscapeMinimum& end : sampled)
          if (end.sides == minimum.sides) {
            minimum.basin = end.basin;
            minimum.basin_configurations = end.basin_configurations;
          }
      }
    }
  } else {
    result.minima = sample_descents(coupling, n, options);
    result.configurations = static_cast<std::uint64_t>(std::max(1, options.samples));
  }
  std::stable_sort(result.minima.begin(), result.minima.end(),
                   [](const LandscapeMinimum& a, const LandscapeMinimum& b) { return a.energy < b.energy; });
  return result;
}

}  // namespace faultline
