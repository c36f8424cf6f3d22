#pragma once
// The batched stress engine: Monte-Carlo runs stepped together, one run per lane of vectors of floats as wide
// as the machine's registers (sixteen with AVX-512, eight with AVX2, four elsewhere), each width its own
// compiled entry point, chosen when the engine is made. Every quantity is a slot-major array of lane vectors,
// each lane computed by exactly the arithmetic of the reference path (dynamics.hpp) on its own random stream,
// so a run's outcome never depends on the batch, the lane or the thread it ran in; a test holds the two paths
// to identical outcomes run by run (docs/stress.md §7). What makes it fast, beyond the lanes: each side's
// per-topic weights are cached and refreshed only where an operation or a perception changed them, the walk
// takes one random bit per salience and step, and a tie's exit and a misperception's revelation are each one
// Exp(1) level per run against an integrated hazard, so no draw is spent on a step without an event; ties far
// from breaking are bounded rather than stepped (below).

#include <cstdint>
#include <memory>
#include <span>
#include <vector>

#include "faultline/analysis/alignment_options.hpp"
#include "faultline/analysis/dynamics.hpp"
#include "faultline/analysis/dynamics_options.hpp"
#include "faultline/analysis/stress_plan.hpp"

namespace faultline {

// The most runs one call steps: sixteen floats fill an AVX-512 register.
inline constexpr int batch_lanes = 16;

// Runs a plan batch by batch; the state is sized once and reused. One engine per thread.
class BatchEngine {
 public:
  // `width`: how many runs step together, one per vector lane — 16 (AVX-512), 8 (AVX2) or 4 (SSE2, and every
  // other machine); 0 takes the widest this machine runs. Results never depend on it; tests name each one.
  explicit BatchEngine(const StressPlan& plan, int width = 0);
  ~BatchEngine();
  BatchEngine(BatchEngine&&) noexcept;
  BatchEngine& operator=(BatchEngine&&) = delete;
  BatchEngine(const BatchEngine&) = delete;
  BatchEngine& operator=(const BatchEngine&) = delete;

  // Runs `runs` (1 to batch_lanes) consecutive runs from `first_run`. `outcomes` holds one entry per lane
  // and tie, outcomes[lane · ties + tie]; entries of lanes at and after `runs` are left untouched.
  void simulate(const DynamicsOptions& dynamics, const AlignmentOptions& options, std::uint64_t seed,
                std::uint64_t first_run, int runs, std::span<TieOutcome> outcomes);

  // The widths this machine runs, widest first.
  [[nodiscard]] static std::vector<int> widths();

  // Ties far from breaking are not stepped but bounded: over windows of steps, a floor under each side's
  // worth gives a rate at least the exact one, and while the integrated bound stays under a run's exit level
  // the tie cannot break in it. A batch whose bound reaches an exit level runs again with that tie stepped,
  // so every outcome is the exact one (docs/stress.md §7). Once no operation moves a bounded tie's inputs
  // before its last step, a bound that holds to that step settles the tie, and the batch stops stepping it.
  // Per tie: the batches that bounded it, those run again, and those that settled it.
  struct BoundCounts {
    std::vector<int> bounded;
    std::vector<int> rerun;
    std::vector<int> settled;
  };
  [[nodiscard]] BoundCounts bound_counts() const;
  // For tests: every bounded step also computes the exact rate and throws std::logic_error where it exceeds
  // the bound, or where the exact hazard integrated so far reaches an exit level the bound ruled out; settled
  // ties are still checked to their last step. Slower; changes no result.
  void verify_bounds(bool on);

  struct State;  // the lane vectors, defined where they are used (batch_dynamics.cpp)

 private:
  std::unique_ptr<State> state_;
};

}  // namespace faultline
