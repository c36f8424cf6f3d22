#pragma once
// One Monte-Carlo run of the stress engine on a compiled plan (DESIGN.md §3, docs/model.md "Stress"):
// sample the inputs, then step through time applying the plan's operations, the noise processes and the
// exit hazard of every side. Works on flat state sized once per plan; nothing is allocated inside a run.

#include <array>
#include <cstdint>
#include <span>
#include <vector>

#include "faultline/analysis/alignment_options.hpp"
#include "faultline/analysis/dynamics_options.hpp"
#include "faultline/analysis/rng.hpp"
#include "faultline/analysis/stress_plan.hpp"
#include "faultline/analysis/worth.hpp"

namespace faultline {

// The flat state of one run and the scratch arrays its worth evaluation needs; reused run after run.
struct RunState {
  std::vector<double> values;     // the plan's slots now
  std::vector<double> start;      // the slots as sampled, before any operation: what triggers compare against
  std::vector<double> salience;   // [topics] the side's salience where both sides hold the topic, else 0
  std::vector<double> own;        // [topics]
  std::vector<double> perceived;  // [topics] what the side believes the partner holds
  std::vector<double> third_capability;  // [third actors]
  std::vector<double> sign_self;
  std::vector<double> sign_partner;
  // The common threat of each tie side ([tie][side]), cached: it moves only when a relation does, so a run
  // recomputes it after the steps whose operations change relations, not every step.
  std::vector<double> threat;
};

[[nodiscard]] RunState make_run_state(const StressPlan& plan);

// What happened to one tie in one run.
struct TieOutcome {
  int fracture_step = -1;  // -1: the tie lasted to the horizon (or to its observed end)
  int leaver = -1;         // the side (0 or 1) that left
  int trigger = -1;  // index into the plan's trigger labels; -1: worth was below threshold from the start
};

// The terms of a side's worth in the state `values`, computed by the same kernels as the alignment analysis.
[[nodiscard]] worth::Terms side_terms(const StressPlan& plan, const AlignmentOptions& options,
                                      const PlanTie& tie, int side, std::span<const double> values,
                                      RunState& scratch);
// The same with the side's common threat already known (the run's cache).
[[nodiscard]] worth::Terms side_terms(const StressPlan& plan, const AlignmentOptions& options,
                                      const PlanTie& tie, int side, std::span<const double> values,
                                      RunState& scratch, double common_threat);
// The common threat a side sees in the state `values`.
[[nodiscard]] double side_threat(const StressPlan& plan, const PlanTie& tie, int side,
                                 std::span<const double> values, RunState& scratch);

// The exit rate per year of a side with worth `worth` against `threshold`, given its volatility.
[[nodiscard]] double exit_rate(const DynamicsOptions& dynamics, double worth, double threshold,
                               double volatility) noexcept;

// Samples run `run`'s inputs and applies the operations of step 0: the state at the forecast's start.
void start_run(const StressPlan& plan, const DynamicsOptions& dynamics, RunState& state, RunRng& rng);

// Moves the state from step − 1 to `step`: the step's operations, then the noise processes over one step.
void advance_run(const StressPlan& plan, const DynamicsOptions& dynamics, int step, RunState& state,
                 RunRng& rng);

// The component whose change since the run's start pushed the side's worth down most, with the last event
// or pressure that changed it up to `step` (docs/stress.md): an index into the plan's trigger labels.
[[nodiscard]] int trigger_of(const StressPlan& plan, const AlignmentOptions& options, const PlanTie& tie,
                             int side, int step, RunState& state);

// One whole run: every tie's fracture step, leaver and trigger. `outcomes` has one entry per plan tie.
void simulate_run(const StressPlan& plan, const DynamicsOptions& dynamics, const AlignmentOptions& options,
                  std::uint64_t seed, std::uint64_t run, RunState& state, std::span<TieOutcome> outcomes);

// Worth of both sides of every tie at every step of one run, ignoring exits (for tests, docs and charts):
// [tie][step] -> {W side 0, W side 1}.
[[nodiscard]] std::vector<std::vector<std::array<double, 2>>> worth_path(const StressPlan& plan,
                                                                         const DynamicsOptions& dynamics,
                                                                         const AlignmentOptions& options,
                                                                         std::uint64_t seed,
                                                                         std::uint64_t run);

}  // namespace faultline
