#pragma once
// One Monte-Carlo run of the stress engine on a compiled plan (DESIGN.md §3, docs/model.md "Stress"):
// sample the inputs, then step through time applying the plan's operations, the noise processes and the
// exit hazard of every side. This is the reference path, one run at a time and written for clarity; the
// ensemble runs the batched engine (batch_dynamics.hpp), which a test holds to the same outcomes run by run.
// Works on flat state sized once per plan; nothing is allocated inside a run.
//
// A run computes in single precision (float): the Monte-Carlo noise it models (input sds of 0.1, a salience
// walk of 0.1 per √year) is a million times coarser than a float's 6e-8, and sixteen runs fit in the vector
// register that holds eight doubles, which makes the batched engine twice as fast (docs/stress.md §7). The
// plan keeps its numbers in double; a run rounds each to float once, where it reads it.

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <span>
#include <vector>

#include "faultline/analysis/alignment_options.hpp"
#include "faultline/analysis/dynamics_options.hpp"
#include "faultline/analysis/rng.hpp"
#include "faultline/analysis/stress_plan.hpp"
#include "faultline/analysis/worth.hpp"

namespace faultline {

// Read access to one run's slots wherever they lie: contiguous in the reference path (stride 1), one lane of
// the batched engine's slot-major lane vectors (stride = lanes). Reads go through memcpy, which may read any
// object's bytes, so a lane of a vector type is read without breaking type-based aliasing.
struct SlotView {
  const std::byte* data = nullptr;
  std::size_t stride = 1;  // in floats

  SlotView() = default;
  SlotView(const float* first, std::size_t floats_apart) noexcept
      : data(reinterpret_cast<const std::byte*>(first)), stride(floats_apart) {}

  [[nodiscard]] float operator[](int slot) const noexcept {
    float value = 0.0F;
    std::memcpy(&value, data + static_cast<std::size_t>(slot) * stride * sizeof(float), sizeof(float));
    return value;
  }
};

// The terms of a side's worth as a run computes them.
using RunTerms = worth::BasicTerms<float>;

// The scratch arrays a worth evaluation needs, sized once per plan.
struct WorthScratch {
  std::vector<float> salience;   // [topics] the side's salience where both sides hold the topic, else 0
  std::vector<float> own;        // [topics]
  std::vector<float> perceived;  // [topics] what the side believes the partner holds
  std::vector<float> third_capability;  // [third actors]
  std::vector<float> sign_self;
  std::vector<float> sign_partner;
};

[[nodiscard]] WorthScratch make_worth_scratch(const StressPlan& plan);

// The flat state of one run; reused run after run.
struct RunState {
  std::vector<float> values;  // the plan's slots now
  std::vector<float> start;   // the slots as sampled, before any operation: what triggers compare against
  // The common threat of each tie side ([tie][side]), cached: it moves only when a relation does, so a run
  // recomputes it after the steps whose operations change relations, not every step.
  std::vector<float> threat;
  std::vector<float> inverse_tau;  // [actors] 1/τ of each actor's exit hazard, fixed once sampled
  // Exits by the integrated hazard: tie i breaks at the first step where Σ λ Δt reaches `exit_level[i]`, an
  // Exp(1) draw made at the start — the same law as a Bernoulli draw per step, with one number per tie.
  std::vector<float> cumulative_hazard;  // [ties]
  std::vector<float> exit_level;         // [ties]
  // The uniform that picks the leaver if the tie breaks, drawn at the start with the exit level: a run draws
  // the same numbers whatever happens in it, which keeps runs coupled across pressures and thresholds.
  std::vector<float> leaver_draw;  // [ties]
  // Revelations the same way: misperception k is revealed at the first step where Σ ρ·s·Δt, `reveal_hazard`,
  // reaches `reveal_level[k]`, an Exp(1) draw made at the start. A revealed misperception never returns.
  std::vector<float> reveal_hazard;  // [perceptions]
  std::vector<float> reveal_level;   // [perceptions]
  WorthScratch scratch;

  [[nodiscard]] SlotView now() const noexcept { return {values.data(), 1}; }
  [[nodiscard]] SlotView at_start() const noexcept { return {start.data(), 1}; }
};

[[nodiscard]] RunState make_run_state(const StressPlan& plan);

// What happened to one tie in one run.
struct TieOutcome {
  int fracture_step = -1;  // -1: the tie lasted to the horizon (or to its observed end)
  int leaver = -1;         // the side (0 or 1) that left
  int trigger = -1;  // index into the plan's trigger labels; -1: worth was below threshold from the start

  auto operator<=>(const TieOutcome&) const = default;
};

// The terms of a side's worth in the state `values`, computed by the same kernels as the alignment analysis.
[[nodiscard]] RunTerms side_terms(const StressPlan& plan, const AlignmentOptions& options, const PlanTie& tie,
                                  int side, SlotView values, WorthScratch& scratch);
// The same with the side's common threat already known (the run's cache).
[[nodiscard]] RunTerms side_terms(const StressPlan& plan, const AlignmentOptions& options, const PlanTie& tie,
                                  int side, SlotView values, WorthScratch& scratch, float common_threat);
// The common threat a side sees in the state `values`.
[[nodiscard]] float side_threat(const StressPlan& plan, const PlanTie& tie, int side, SlotView values,
                                WorthScratch& scratch);

// The exit rate per year of a side with worth `worth` against `threshold`, given its volatility (hazard.hpp).
[[nodiscard]] double exit_rate(const DynamicsOptions& dynamics, double worth, double threshold,
                               double volatility) noexcept;

// The salience walk's step: ±σ·sqrt(Δt), a fair coin per salience and step (docs/model.md).
[[nodiscard]] float walk_step(const StressPlan& plan, const DynamicsOptions& dynamics) noexcept;
// What a flow value or cost keeps over one step: 2^(−Δt/H), or 1 when flows do not decay.
[[nodiscard]] float flow_keep(const StressPlan& plan, const DynamicsOptions& dynamics) noexcept;
// Δt in years, as a run multiplies rates by it.
[[nodiscard]] inline float step_years(const StressPlan& plan) noexcept {
  return static_cast<float>(plan.step_years());
}

// A salience of the walk after one step: ± `walk` by its coin, bit `bit` (below 32) of `coins`, kept in [0,
// 1]. Salience i of the walk takes bit i % 64 of the step's draw for it, that is bit i % 32 of the draw's
// half (i % 64) / 32 (coin_halves). For one run (float) or a batch (lanes).
template <class F, class Word>
[[nodiscard, gnu::always_inline]] inline F walked(F salience, float walk, Word coins, unsigned bit) noexcept {
  return clamp_salience(salience + signed_step(walk, coins, bit));
}

// A perception's two processes over one step, for one run (float) or a batch (lanes): the exponent ρ·s·Δt or
// κ·s·Δt of a rate `rate` per year at the observer's salience s.
template <class F>
[[nodiscard, gnu::always_inline]] inline F learning_exponent(double rate, F salience, float years) noexcept {
  return static_cast<float>(rate) * salience * years;
}
// The belief after it closes the fraction `closing` of its gap to the truth.
template <class F>
[[nodiscard, gnu::always_inline]] inline F closer_to(F believed, F truth, F closing) noexcept {
  return believed + (truth - believed) * closing;
}
// 1 − u → Exp(1): the exit (or revelation) level from the uniform drawn for it, for one run or lanes of runs
// (1 − u lies in [2^−24, 1], so the level is finite).
template <class F>
[[nodiscard, gnu::always_inline]] inline F exit_level_from(F uniform) noexcept {
  return -lanes::log(1.0F - uniform);
}

// Samples run `rng`'s inputs and exit levels and applies the operations of step 0: the state at the start.
void start_run(const StressPlan& plan, const DynamicsOptions& dynamics, RunState& state, RunRng& rng);

// Moves the state from step − 1 to `step`: the step's operations, then the noise processes over one step.
void advance_run(const StressPlan& plan, const DynamicsOptions& dynamics, int step, RunState& state,
                 RunRng& rng);

// The component whose change since the run's start (`start`) pushed the side's worth in `now` down most, with
// the last event or pressure that changed it up to `step` (docs/stress.md): an index into the plan's trigger
// labels, or -1 when no change lowered worth. `threat_now` and `threat_then` are the side's common threat
// (side_threat) in `now` and in `start`, which the caller keeps.
[[nodiscard]] int trigger_of(const StressPlan& plan, const AlignmentOptions& options, const PlanTie& tie,
                             int side, int step, SlotView now, SlotView start, float threat_now,
                             float threat_then, WorthScratch& scratch);

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
