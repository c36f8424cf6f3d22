#pragma once
// The Monte-Carlo ensemble: many runs of the dynamics, summarised as integer tallies (counts per step, per
// leaver, per trigger). Tallies merge by addition, so any split of the runs over threads — or over machines
// later — reduces to the same numbers; run i always draws from the stream of (seed, i).

#include <array>
#include <cstdint>
#include <functional>
#include <vector>

#include "faultline/analysis/alignment_options.hpp"
#include "faultline/analysis/dynamics_options.hpp"
#include "faultline/analysis/stress_plan.hpp"

namespace faultline {

struct TieTally {
  std::vector<std::uint64_t> fractures_at;  // [step]: runs in which the tie broke at that step
  std::array<std::uint64_t, 2> leavers{};   // runs in which side 0 / side 1 left
  std::vector<std::uint64_t> triggers;      // [trigger label]: runs whose fracture it triggered
  std::uint64_t from_the_start = 0;         // fractures of a side below its threshold from the start
};

struct EnsembleTally {
  std::uint64_t runs = 0;
  std::vector<TieTally> ties;

  void merge(const EnsembleTally& other);
};

[[nodiscard]] EnsembleTally empty_tally(const StressPlan& plan);

// Called from the calling thread, a few times a second and once at the end: runs done so far, of `total`.
using ProgressFunction = std::function<void(std::uint64_t done, std::uint64_t total)>;

struct EnsembleSpec {
  std::uint64_t seed = 1;
  std::uint64_t first_run = 0;  // runs [first_run, first_run + runs): a slice of a larger ensemble
  std::uint64_t runs = 1000;
  int threads = 1;
};

// Runs the ensemble on `threads` threads, each with its own flat state, taking chunks of consecutive runs
// until none is left.
[[nodiscard]] EnsembleTally run_ensemble(const StressPlan& plan, const DynamicsOptions& dynamics,
                                         const AlignmentOptions& options, const EnsembleSpec& spec,
                                         const ProgressFunction& progress = {});

}  // namespace faultline
