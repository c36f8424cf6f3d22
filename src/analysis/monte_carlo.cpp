#include "faultline/analysis/monte_carlo.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <span>
#include <thread>

#include "faultline/analysis/batch_dynamics.hpp"

namespace faultline {

void EnsembleTally::merge(const EnsembleTally& other) {
  runs += other.runs;
  if (ties.empty()) ties = std::vector<TieTally>(other.ties.size());
  for (std::size_t i = 0; i < other.ties.size(); ++i) {
    TieTally& mine = ties[i];
    const TieTally& theirs = other.ties[i];
    mine.fractures_at.resize(std::max(mine.fractures_at.size(), theirs.fractures_at.size()), 0);
    for (std::size_t k = 0; k < theirs.fractures_at.size(); ++k)
      mine.fractures_at[k] += theirs.fractures_at[k];
    mine.triggers.resize(std::max(mine.triggers.size(), theirs.triggers.size()), 0);
    for (std::size_t k = 0; k < theirs.triggers.size(); ++k) mine.triggers[k] += theirs.triggers[k];
    mine.leavers[0] += theirs.leavers[0];
    mine.leavers[1] += theirs.leavers[1];
    mine.from_the_start += theirs.from_the_start;
  }
}

EnsembleTally empty_tally(const StressPlan& plan) {
  EnsembleTally tally;
  tally.ties.resize(plan.ties.size());
  for (TieTally& tie : tally.ties) {
    tie.fractures_at.assign(static_cast<std::size_t>(plan.steps + 1), 0);
    tie.triggers.assign(plan.trigger_labels.size(), 0);
  }
  return tally;
}

namespace {

// Runs are handed out in chunks of this many (a multiple of the batch size): a thread takes the next chunk
// when it is done with one, so a thread slowed by the rest of the machine takes fewer, and the threads finish
// together. Which thread runs a run never changes the run's stream, and tallies are sums of integers, so the
// result is the same for any thread count and any split.
constexpr std::uint64_t chunk_runs = 64 * batch_lanes;

// Adds the outcomes of `runs` runs (outcomes[lane · ties + tie]) to `tally`.
void tally_outcomes(std::span<const TieOutcome> outcomes, std::size_t ties, EnsembleTally& tally) {
  for (std::size_t k = 0; k < outcomes.size(); ++k) {
    const TieOutcome& outcome = outcomes[k];
    if (outcome.fracture_step < 0) continue;
    TieTally& tie = tally.ties[k % ties];
    ++tie.fractures_at[static_cast<std::size_t>(outcome.fracture_step)];
    ++tie.leavers[static_cast<std::size_t>(outcome.leaver)];
    if (outcome.trigger >= 0) {
      ++tie.triggers[static_cast<std::size_t>(outcome.trigger)];
    } else {
      ++tie.from_the_start;
    }
  }
}

// One thread's work: chunks of runs taken from `next` until none is left.
void run_chunks(const StressPlan& plan, const DynamicsOptions& dynamics, const AlignmentOptions& options,
                const EnsembleSpec& spec, std::atomic<std::uint64_t>& next, EnsembleTally& tally,
                std::atomic<std::uint64_t>& done) {
  BatchEngine engine{plan};
  const std::size_t ties = plan.ties.size();
  std::vector<TieOutcome> outcomes(batch_lanes * ties);
  for (;;) {
    const std::uint64_t first = next.fetch_add(chunk_runs, std::memory_order_relaxed);
    if (first >= spec.runs) break;
    const std::uint64_t count = std::min(chunk_runs, spec.runs - first);
    for (std::uint64_t i = 0; i < count; i += batch_lanes) {
      const auto runs = static_cast<int>(std::min<std::uint64_t>(batch_lanes, count - i));
      engine.simulate(dynamics, options, spec.seed, spec.first_run + first + i, runs, outcomes);
      tally_outcomes(std::span{outcomes}.first(static_cast<std::size_t>(runs) * ties), ties, tally);
    }
    tally.runs += count;
    done.fetch_add(count, std::memory_order_relaxed);
  }
}

}  // namespace

EnsembleTally run_ensemble(const StressPlan& plan, const DynamicsOptions& dynamics,
                           const AlignmentOptions& options, const EnsembleSpec& spec,
                           const ProgressFunction& progress) {
  const auto threads = static_cast<std::size_t>(std::max(1, spec.threads));
  std::vector<EnsembleTally> tallies(threads, empty_tally(plan));
  std::atomic<std::uint64_t> next{0};
  std::atomic<std::uint64_t> done{0};
  std::vector<std::thread> workers;
  std::atomic<std::size_t> finished{0};
  for (std::size_t w = 0; w < threads; ++w) {
    workers.emplace_back([&, w] {
      run_chunks(plan, dynamics, options, spec, next, tallies[w], done);
      finished.fetch_add(1, std::memory_order_release);
    });
  }
  if (progress) {
    while (finished.load(std::memory_order_acquire) < threads) {
      progress(done.load(std::memory_order_relaxed), spec.runs);
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
  }
  for (std::thread& worker : workers) worker.join();
  if (progress) progress(spec.runs, spec.runs);
  EnsembleTally total = empty_tally(plan);
  for (const EnsembleTally& tally : tallies) total.merge(tally);  // sums of integers: any order
  return total;
}

}  // namespace faultline
