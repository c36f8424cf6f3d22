// Alignment analysis throughput: the demo scenario, and synthetic scenarios that grow in actors and ties, so
// the cost per tie (and any accidental quadratic term) shows up as the size grows.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <random>

#include "faultline/analysis/alignment.hpp"
#include "faultline/io/scenario_reader.hpp"

namespace faultline {
namespace {

Scenario demo_scenario() {
  return io::read_scenario_file(std::filesystem::path{FAULTLINE_SOURCE_DIR} /
                                "scenarios/musk-trump-2025.yaml");
}

// `actors` actors on 8 dimensions and 8 issues, each tied to the next 4, with relations to the next 8.
Scenario synthetic_scenario(int actors) {
  std::mt19937_64 rng{42};
  std::uniform_real_distribution<double> position{-1.0, 1.0};
  std::uniform_real_distribution<double> unit{0.0, 1.0};
  Scenario scenario;
  scenario.id = "synthetic";
  for (int t = 0; t < 8; ++t) {
    scenario.dimensions.push_back({"d" + std::to_string(t), "", {"-", "+"}, ""});
    scenario.issues.push_back({"i" + std::to_string(t), "", {"-", "+"}, ""});
  }
  for (int a = 0; a < actors; ++a) {
    Actor actor{.id = "a" + std::to_string(a), .capability = {unit(rng), 0.0}};
    for (int t = 0; t < 8; ++t) {
      actor.values["d" + std::to_string(t)] = {{position(rng), 0.0}, {unit(rng), 0.0}};
      actor.issues["i" + std::to_string(t)] = {{position(rng), 0.0}, {unit(rng), 0.0}};
    }
    scenario.actors.push_back(std::move(actor));
  }
  for (int a = 0; a < actors; ++a) {
    for (int k = 1; k <= 8; ++k) {
      const std::string b = "a" + std::to_string((a + k) % actors);
      if (k <= 4) {
        scenario.ties.push_back(
            Tie{.between = {"a" + std::to_string(a), b},
                .flows = {Flow{"a" + std::to_string(a), b, "", {unit(rng), 0}, {unit(rng), 0}}}});
      }
      scenario.relations.push_back({{"a" + std::to_string(a), b}, {position(rng), 0.0}});
    }
  }
  return scenario;
}

void BM_AnalyzeDemo(benchmark::State& state) {
  const Scenario scenario = demo_scenario();
  for (auto _ : state) benchmark::DoNotOptimize(analyze_alignment(scenario));
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(scenario.ties.size()));
}
BENCHMARK(BM_AnalyzeDemo)->Unit(benchmark::kMicrosecond);

void BM_ReadDemo(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(demo_scenario());
}
BENCHMARK(BM_ReadDemo)->Unit(benchmark::kMicrosecond);

void BM_AnalyzeSynthetic(benchmark::State& state) {
  const Scenario scenario = synthetic_scenario(static_cast<int>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(analyze_alignment(scenario));
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(scenario.ties.size()));
}
BENCHMARK(BM_AnalyzeSynthetic)->Arg(25)->Arg(50)->Arg(100)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace faultline
