// Speed of the stress engine on the demo scenario (Musk–Trump, every tie, its whole time range, weekly
// steps), three ways measured in the same run (docs/stress.md §7 records the figures and the command):
//   BM_StressEngine/<runs>/<threads>  the ensemble as `faultline stress` runs it: the batched engine,
//                                     sixteen runs per lane group; 10^6 runs on 2 threads is the issue's goal
//   BM_StressEngineWidth/<width>      the batched engine on one thread at each vector width
//   BM_StressReference                the one-run-at-a-time reference path on the same flat plan (the engine
//                                     before batching; a test holds both to identical outcomes)
//   BM_StressStraightforward          a straightforward single-threaded version on Scenario objects (copy,
//                                     apply_effect, analyze_alignment every step)
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cmath>

#include "faultline/analysis/alignment.hpp"
#include "faultline/analysis/batch_dynamics.hpp"
#include "faultline/analysis/dynamics.hpp"
#include "faultline/analysis/monte_carlo.hpp"
#include "faultline/analysis/rng.hpp"
#include "faultline/analysis/stress_plan.hpp"
#include "faultline/analysis/timeline.hpp"
#include "faultline/io/scenario_reader.hpp"

namespace faultline {
namespace {

const Scenario& demo() {
  static const Scenario scenario =
      io::read_scenario_file(std::string{FAULTLINE_SOURCE_DIR} + "/scenarios/musk-trump-2025.yaml");
  return scenario;
}

const StressPlan& demo_plan() {
  static const StressPlan plan = compile_stress_plan(demo(), demo().time.start, demo().time.end);
  return plan;
}

// The engine: `state.range(0)` runs per iteration on `state.range(1)` threads.
void BM_StressEngine(benchmark::State& state) {
  const auto runs = static_cast<std::uint64_t>(state.range(0));
  const int threads = static_cast<int>(state.range(1));
  std::uint64_t seed = 1;
  for (auto _ : state) {
    const EnsembleTally tally =
        run_ensemble(demo_plan(), DynamicsOptions{}, AlignmentOptions{},
                     EnsembleSpec{.seed = seed++, .first_run = 0, .runs = runs, .threads = threads});
    benchmark::DoNotOptimize(tally.runs);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * runs));
  state.counters["steps"] = demo_plan().steps;
}
BENCHMARK(BM_StressEngine)
    ->Args({100000, 1})
    ->Args({100000, 2})
    ->Args({1000000, 2})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// The batched engine on one thread at each vector width this machine runs (16: AVX-512, 8: AVX2, 4: SSE2),
// for what machines without AVX-512 get; the ensemble above takes the widest.
void BM_StressEngineWidth(benchmark::State& state) {
  const int width = static_cast<int>(state.range(0));
  const std::vector<int> widths = BatchEngine::widths();
  if (std::find(widths.begin(), widths.end(), width) == widths.end()) {
    state.SkipWithError("this machine cannot run this width");
    return;
  }
  constexpr std::uint64_t runs = 50000;
  BatchEngine engine{demo_plan(), width};
  std::vector<TieOutcome> outcomes(batch_lanes * demo_plan().ties.size());
  int broken = 0;
  for (auto _ : state) {
    for (std::uint64_t first = 0; first < runs; first += batch_lanes) {
      engine.simulate(DynamicsOptions{}, AlignmentOptions{}, 1, first, batch_lanes, outcomes);
      broken += outcomes[0].fracture_step >= 0 ? 1 : 0;
    }
    benchmark::DoNotOptimize(broken);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * runs));
}
BENCHMARK(BM_StressEngineWidth)->Arg(16)->Arg(8)->Arg(4)->Unit(benchmark::kMillisecond)->UseRealTime();

// The reference path, one run at a time on one thread.
void BM_StressReference(benchmark::State& state) {
  const auto runs = static_cast<std::uint64_t>(state.range(0));
  RunState run_state = make_run_state(demo_plan());
  std::vector<TieOutcome> outcomes(demo_plan().ties.size());
  int broken = 0;
  for (auto _ : state) {
    for (std::uint64_t run = 0; run < runs; ++run) {
      simulate_run(demo_plan(), DynamicsOptions{}, AlignmentOptions{}, 1, run, run_state, outcomes);
      broken += outcomes[0].fracture_step >= 0 ? 1 : 0;
    }
    benchmark::DoNotOptimize(broken);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * runs));
}
BENCHMARK(BM_StressReference)->Arg(20000)->Unit(benchmark::kMillisecond)->UseRealTime();

// The straightforward version: the same stepping with the model's own types. Inputs sampled by walking the
// maps, events applied with apply_effect, worth from analyze_alignment, the same hazard; the salience walk
// and flow decay over maps; perceptions left alone (they only make it slower).
void straightforward_run(const Scenario& scenario, std::uint64_t seed, std::uint64_t run, int& fractures) {
  RunRng rng{seed, run};
  // This version computes in double, as the model's own types do.
  const auto normal = [&rng] { return static_cast<double>(rng.normal()); };
  const auto uniform = [&rng] { return static_cast<double>(rng.uniform()); };
  Scenario state = scenario;
  for (Actor& actor : state.actors) {
    for (auto* stances : {&actor.values, &actor.issues}) {
      for (auto& [id, stance] : *stances) {
        stance.position.value = clamp_position(stance.position.value + stance.position.sd * normal());
        stance.salience.value = clamp_salience(stance.salience.value + stance.salience.sd * normal());
      }
    }
    actor.threshold.value += actor.threshold.sd * normal();
  }
  for (Tie& tie : state.ties) {
    for (Flow& flow : tie.flows) flow.value.value = clamp_flow(flow.value.value + flow.value.sd * normal());
  }
  state.events.clear();
  const DynamicsOptions dynamics;
  const double step_years = scenario.time.step_days / days_per_year;
  const int steps = static_cast<int>(
      std::ceil(days_between(scenario.time.start, scenario.time.end) / scenario.time.step_days));
  std::vector<bool> broken(scenario.ties.size(), false);
  for (int step = 1; step <= steps; ++step) {
    const Date now =
        add_days(scenario.time.start, static_cast<int>(std::lround(step * scenario.time.step_days)));
    const Date before =
        add_days(scenario.time.start, static_cast<int>(std::lround((step - 1) * scenario.time.step_days)));
    for (const Event& event : scenario.events) {
      if (event.at > before && event.at <= now) {
        for (const Effect& effect : event.effects) apply_effect(state, effect, event.at);
      }
    }
    for (Actor& actor : state.actors) {
      for (auto& [id, stance] : actor.issues) {
        stance.salience.value = clamp_salience(stance.salience.value +
                                               dynamics.salience_walk_sd * std::sqrt(step_years) * normal());
      }
      for (auto& [id, stance] : actor.values) {
        stance.salience.value = clamp_salience(stance.salience.value +
                                               dynamics.salience_walk_sd * std::sqrt(step_years) * normal());
      }
    }
    for (Tie& tie : state.ties) {
      for (Flow& flow : tie.flows) flow.value.value *= std::exp2(-step_years / dynamics.flow_half_life_years);
    }
    const AlignmentResult alignment = analyze_alignment(state);
    for (std::size_t i = 0; i < alignment.ties.size(); ++i) {
      if (broken[i]) continue;
      double rate = 0.0;
      for (const SideAlignment& side : alignment.ties[i].sides) {
        const Actor* actor = state.find_actor(side.actor);
        const double tau = dynamics.tau_calm -
                           (dynamics.tau_calm - dynamics.tau_volatile) * actor->temperament.volatility.value;
        rate += dynamics.base_hazard * std::exp(std::min((actor->threshold.value - side.worth) / tau, 50.0));
      }
      if (uniform() < 1.0 - std::exp(-rate * step_years)) {
        broken[i] = true;
        ++fractures;
      }
    }
  }
}

void BM_StressStraightforward(benchmark::State& state) {
  const auto runs = static_cast<std::uint64_t>(state.range(0));
  int fractures = 0;
  for (auto _ : state) {
    for (std::uint64_t run = 0; run < runs; ++run) straightforward_run(demo(), 1, run, fractures);
    benchmark::DoNotOptimize(fractures);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * runs));
}
BENCHMARK(BM_StressStraightforward)->Arg(200)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
}  // namespace faultline
