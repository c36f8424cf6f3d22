// Coalition analyses at scale (issue 5; figures recorded in docs/factions.md):
// - the exact frustration index of each of the 51 Correlates-of-War signed networks (one benchmark per
// window);
// - the heuristic on Bitcoin OTC (signs only) and on a synthetic 1,000,000-tie graph with planted factions,
// on 2
//   threads (goal: under 5 s and 1 GB);
// - landscape enumeration of 28 actors (2^27 configurations).
// Counters carry the values found, so a run prints both the time and what was computed.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "bench_factions_generator.hpp"
#include "faultline/analysis/frustration_exact.hpp"
#include "faultline/analysis/frustration_heuristic.hpp"
#include "faultline/analysis/landscape.hpp"
#include "faultline/analysis/partition_score.hpp"
#include "faultline/edge_list_graph.hpp"
#include "faultline/io/edge_list.hpp"

namespace faultline {
namespace {

std::filesystem::path data_file(const std::string& relative) {
  return std::filesystem::path{FAULTLINE_SOURCE_DIR} / "tests/data" / relative;
}

// Peak resident memory of the whole process so far (VmHWM), in MB.
double peak_memory_mb() {
  std::ifstream status("/proc/self/status");
  for (std::string line; std::getline(status, line);)
    if (line.rfind("VmHWM:", 0) == 0) return std::stod(line.substr(6)) / 1024.0;
  return 0.0;
}

void report(benchmark::State& state, const SignedGraph& graph, const FrustrationResult& result) {
  state.counters["nodes"] = graph.node_count();
  state.counters["edges"] = graph.edge_count();
  state.counters["negative"] = graph.negative_edge_count();
  state.counters["frustration"] = result.frustration;
  state.counters["lower_bound"] = result.lower_bound;
  state.counters["optimal"] = result.optimal ? 1 : 0;
}

void exact_cow(benchmark::State& state, const SignedGraph& graph) {
  FrustrationOptions options;
  options.threads = 1;
  options.time_limit_s = 600.0;
  FrustrationResult result;
  for (auto _ : state) result = frustration_exact(graph, options);
  report(state, graph, result);
}

// One benchmark per CoW window, registered before main runs.
const bool cow_registered = [] {
  static std::vector<std::pair<std::string, SignedGraph>> windows;
  for (auto& [period, list] : io::read_edge_list_partitions(
           data_file("cow_signed_networks/cow_signed_networks_1946_1999.csv"), "period"))
    windows.emplace_back(period, signed_graph_from(list));
  for (const auto& [period, graph] : windows)
    benchmark::RegisterBenchmark(("BM_ExactFrustrationCoW/" + period).c_str(), exact_cow, std::cref(graph))
        ->Unit(benchmark::kMillisecond)
        ->Iterations(1);
  return true;
}();

void BM_HeuristicBitcoinOtc(benchmark::State& state) {
  io::EdgeListOptions read;
  read.signs_only = true;
  const SignedGraph graph = signed_graph_from(
      io::read_edge_list(data_file("bitcoin_otc/original_soc-sign-bitcoinotc.csv"), {}, read));
  FrustrationOptions options;
  options.threads = 2;
  FrustrationResult result;
  for (auto _ : state) result = frustration_heuristic(graph, options);
  report(state, graph, result);
}
BENCHMARK(BM_HeuristicBitcoinOtc)->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_ExactBitcoinOtc(benchmark::State& state) {
  io::EdgeListOptions read;
  read.signs_only = true;
  const SignedGraph graph = signed_graph_from(
      io::read_edge_list(data_file("bitcoin_otc/original_soc-sign-bitcoinotc.csv"), {}, read));
  FrustrationOptions options;
  options.threads = 2;
  options.time_limit_s = 60.0;
  FrustrationResult result;
  for (auto _ : state) result = frustration_exact(graph, options);
  report(state, graph, result);
}
BENCHMARK(BM_ExactBitcoinOtc)->Unit(benchmark::kMillisecond)->Iterations(1);

// 1,000,000 ties among 100,000 nodes in 2 planted factions, 10 % of signs flipped.
void BM_HeuristicPlantedMillion(benchmark::State& state) {
  const bench::PlantedGraph planted = bench::planted_factions_graph(100'000, 1'000'000, 2, 0.10, 7);
  FrustrationOptions options;
  options.threads = 2;
  options.starts = static_cast<int>(state.range(0));
  FrustrationResult result;
  for (auto _ : state) result = frustration_heuristic(planted.graph, options);
  report(state, planted.graph, result);
  Sides planted_sides(planted.faction.begin(), planted.faction.end());
  state.counters["planted_frustration"] = frustration_of(planted.graph, planted_sides);
  std::vector<std::string> truth;
  for (int f : planted.faction) truth.push_back(std::to_string(f));
  state.counters["adjusted_rand"] =
      score_partition({result.sides.begin(), result.sides.end()}, truth).adjusted_rand;
  state.counters["peak_rss_mb"] = peak_memory_mb();
}
BENCHMARK(BM_HeuristicPlantedMillion)->Arg(2)->Arg(8)->Unit(benchmark::kMillisecond)->Iterations(1);

// 28 actors, random sizes and propensities (−2..+2, as in the Syria inputs): all 2^27 configurations.
void BM_LandscapeEnumeration28(benchmark::State& state) {
  std::uint64_t seed = 2024;
  auto next = [&seed] {
    seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
    return seed >> 33U;
  };
  SignedGraphBuilder builder;
  for (int i = 0; i < 28; ++i)
    builder.add_node({"a" + std::to_string(i), {}, std::nullopt, 1.0 + static_cast<double>(next() % 100)});
  for (int i = 0; i < 28; ++i)
    for (int j = i + 1; j < 28; ++j) {
      const auto p = static_cast<double>(next() % 5) - 2.0;
      if (p != 0.0) builder.add_arc("a" + std::to_string(i), "a" + std::to_string(j), p);
    }
  const SignedGraph graph = std::move(builder).build();
  LandscapeOptions options;
  options.threads = 2;
  LandscapeResult result;
  for (auto _ : state) result = landscape(graph, options);
  state.counters["configurations"] = static_cast<double>(result.configurations);
  state.counters["minima"] = static_cast<double>(result.minima.size());
  state.counters["global_minimum"] = result.minima.front().energy;
}
BENCHMARK(BM_LandscapeEnumeration28)->Unit(benchmark::kMillisecond)->Iterations(1);

}  // namespace
}  // namespace faultline
