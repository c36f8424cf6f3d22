#include "faultline/analysis/batch_dynamics.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>
#include <new>
#include <set>
#include <stdexcept>
#include <string>

#include "faultline/analysis/hazard.hpp"
#include "faultline/analysis/lanes.hpp"
#include "faultline/analysis/rng.hpp"
#include "faultline/analysis/trigger.hpp"
#include "faultline/analysis/worth.hpp"

namespace faultline {

namespace {

// The slots a weight entry is computed from, looked up once: the step loop refreshes entries by the dozen.
struct EntryInputs {
  std::array<int, 6> slots;  // held (self, partner), position (self, partner), perceived, has_perception
  bool dimension = false;
};

// Where each tie side's cached topic weights depend on the plan's slots. Weight entries are [side][topic]
// with side = 2 · tie + s.
struct BatchIndex {
  std::vector<EntryInputs> entry_inputs;  // [entry]
  std::vector<int> step_entries_begin;    // [steps + 2]: the entries the operations of a step make stale
  std::vector<int> step_entries;
  std::vector<int> perception_entries;  // the entries perceptions move, refreshed every step
  // Per tie, whether perceptions move its weights: such a tie is always stepped, never bounded.
  std::vector<char> perceives;
  // Per side, the topics both sides may hold (at the start or after taking a stance up): elsewhere a side's
  // weight is exactly 0 and leaves its sums unchanged. [side] → [begin, end) into `live_topics`, dimensions
  // first.
  std::vector<int> live_begin;       // [sides + 1]
  std::vector<int> live_dimensions;  // [sides]: how many of the side's live topics are dimensions
  std::vector<int> live_topics;
  std::vector<char> all_live;  // [side]: every topic is live, and `live_topics` holds them all in order
  // Per block of 32 saliences on the walk, whether they are consecutive slots.
  std::vector<char> walk_block_consecutive;
  // The flows' values and costs that decay, as runs of consecutive slots (first, count): each run is
  // addressed from its first slot.
  std::vector<std::pair<int, int>> flow_runs;
  // Per tie, for each step k the first step after k whose operations move an input of its bound (steps + 1
  // when none): [tie · (steps + 1) + k].
  std::vector<int> next_touch;
  std::vector<int> next_relation_change;  // [step]: the first step after it that changes a relation

  // Whether the operations of `step` (from 1) change a relation: StressPlan::step_changes_relations, looked
  // up in the step loop without a call, which would make every vector register live across it be saved.
  [[nodiscard]] bool changes_relations(int step) const noexcept {
    return next_relation_change[static_cast<std::size_t>(step - 1)] == step;
  }
  // The slots a run may change: sampled, walked, decayed, perceived or operated on. The others hold their
  // declared values in every run, so a batch starts by resetting only `reset_slots` (those of them not
  // sampled) and keeps only `changing_slots` as the start.
  std::vector<int> reset_slots;
  std::vector<int> changing_slots;
};

// Storage for lane vectors on their full width: the alignment a vector type reports depends on the target the
// code is compiled for, and the allocating code is not the vector code that reads it.
template <class T>
struct LaneAllocator {
  using value_type = T;
  static constexpr std::align_val_t alignment{64};

  LaneAllocator() = default;
  template <class U>
  explicit LaneAllocator(const LaneAllocator<U>& /*other*/) noexcept {}

  T* allocate(std::size_t n) { return static_cast<T*>(::operator new(n * sizeof(T), alignment)); }
  void deallocate(T* p, std::size_t /*n*/) noexcept { ::operator delete(p, alignment); }
  bool operator==(const LaneAllocator& /*other*/) const noexcept { return true; }
};

}  // namespace

// Steps up to batch_lanes runs at a time, as many together as the machine's vectors hold.
struct BatchEngine::State {
  State() = default;
  State(const State&) = delete;
  State& operator=(const State&) = delete;
  virtual ~State() = default;
  virtual void simulate(const DynamicsOptions& dynamics, const AlignmentOptions& options, std::uint64_t seed,
                        std::uint64_t first_run, int runs, std::span<TieOutcome> outcomes) = 0;
  BoundCounts counts;   // [tie]: batches that bounded the tie, and those run again for it
  bool verify = false;  // check every bounded step against the exact rate
};

namespace {

// The state of `width` runs stepped together, one run per lane of vectors as wide as the machine's registers:
// sixteen floats with AVX-512, eight with AVX2, four with SSE2. A vector wider than the registers would be
// split by the compiler, which GCC 12 does lane by lane for comparisons and selects. Every function that
// takes or returns these vectors is always inlined into the per-target entry points below: an out-of-line
// copy is compiled for the baseline target, which passes such vectors differently (GCC's -Wpsabi note,
// silenced for this file), so a caller compiled for another target would hand over garbage. The sanitizer
// build, which inlines least, checks.
template <int width>
struct Kernel final : BatchEngine::State {
  using Floats = typename lanes::VectorOf<float, width>::type;
  using Words = typename lanes::VectorOf<std::uint64_t, width>::type;  // the runs' random streams
  using Words32 = typename lanes::VectorOf<std::uint32_t, width>::type;
  using LaneVector = std::vector<Floats, LaneAllocator<Floats>>;

  const StressPlan& plan;
  BatchIndex index;
  LaneVector values;  // [slot]
  LaneVector start;   // [slot] as sampled
  // Per side and topic, the reference path's topic terms at unit salience (the salience multiplies in when
  // worth is summed): dimensions hold both-hold · (1 − |own − perceived|), issues both-hold · |own −
  // perceived|; `held` holds both-hold for the dimensions.
  LaneVector weight;                // [side][topic]
  LaneVector held;                  // [side][topic]
  LaneVector threat;                // [side] common threat, refreshed when relations change
  LaneVector start_threat;          // [side] common threat in `start`, for the trigger analysis
  LaneVector power;                 // [side] power asymmetry, fixed once sampled
  LaneVector inverse_tau;           // [actor]
  LaneVector cumulative_hazard;     // [tie]
  LaneVector exit_level;            // [tie]
  LaneVector leaver_draw;           // [tie] the uniform that picks the leaver, drawn at the start
  LaneVector reveal_hazard;         // [perception] Σ ρ·s·Δt so far
  LaneVector reveal_level;          // [perception] its Exp(1) level, drawn at the start
  std::vector<std::uint32_t> open;  // [tie] lanes still counting: bit l for lane l
  // Ties far from breaking are bounded rather than stepped (floor_of_worth): per tie, whether this batch
  // bounds it, the window's bound on its rate, the last step of that window, and the bound integrated to it.
  std::vector<char> bounded;
  LaneVector window_rate;
  std::vector<int> window_end;
  LaneVector hazard_bound;
  std::vector<char> settled;  // [tie] the bound holds to the tie's last step
  LaneVector topic_salience;  // [topic] scratch for the trigger analysis (topic_terms::TopicViews)
  LaneVector topic_own;
  LaneVector topic_perceived;
  topic_terms::TopicViews<Floats> topic_views;
  // Per weight entry, where its inputs lie in `values` and where it goes: refreshing an entry then loads no
  // slot index (BatchIndex::entry_inputs).
  struct EntryPlaces {
    std::array<const Floats*, 6> inputs;  // as EntryInputs::slots
    Floats* weight = nullptr;
    Floats* held = nullptr;  // dimensions only
  };
  std::vector<EntryPlaces> entry_places;  // [entry]

  explicit Kernel(const StressPlan& compiled);
  void simulate(const DynamicsOptions& dynamics, const AlignmentOptions& options, std::uint64_t seed,
                std::uint64_t first_run, int runs, std::span<TieOutcome> outcomes) override;
  // Whether the next batch should bound tie `tie`: it may be bounded, and few batches have had to run again
  // for it.
  [[nodiscard]] bool worth_bounding(const AlignmentOptions& options, std::size_t tie) const noexcept;
};

std::size_t at(int index) noexcept {
  return static_cast<std::size_t>(index);
}

// Every lane's slots, for the code both paths share (topic_terms).
template <class Floats>
struct LaneSlots {
  const Floats* slots;
  [[gnu::always_inline]] const Floats& operator[](int slot) const noexcept { return slots[slot]; }
};

// The slots a side's weight on a topic is computed from.
std::array<int, 6> weight_inputs(const PlanSide& side, int t) {
  const TopicSlots& slots = side.topics[at(t)];
  return {slots.held_self, slots.held_partner, slots.own, slots.partner, slots.perceived, slots.misperceives};
}

const PlanSide& side_of(const StressPlan& plan, int side) noexcept {
  return plan.ties[at(side / 2)].sides[at(side % 2)];
}

// Recomputes weight entry `entry` (side · topics + topic) in every lane: the reference path's topic terms at
// unit salience (the salience multiplies in when worth is summed).
template <class K>
[[gnu::always_inline]] inline void refresh_weight(K& state, int entry) {
  using Floats = typename K::Floats;
  const typename K::EntryPlaces& places = state.entry_places[at(entry)];
  const auto [held_self, held_partner, own, partner, believed, misperceives] = places.inputs;
  const Floats both_hold = *held_self * *held_partner;
  const Floats perceived = *misperceives > 0.0F ? *believed : *partner;
  if (places.held != nullptr) {
    *places.weight = worth::agreement_term(both_hold, *own, perceived);
    *places.held = both_hold;
  } else {
    *places.weight = worth::divergence_term(both_hold, *own, perceived);
  }
}

// The common threat of every side in the state `values`, with the reference path's kernels, into `threat`:
// it moves only when relations do.
template <class K>
[[gnu::always_inline]] inline void refresh_threats(const StressPlan& plan,
                                                   const typename K::LaneVector& values,
                                                   typename K::LaneVector& threat) {
  using Floats = typename K::Floats;
  const PlanLayout& layout = plan.layout;
  const auto slot = [&values](int index) -> const Floats& { return values[at(index)]; };
  for (int side = 0; side < 2 * static_cast<int>(plan.ties.size()); ++side) {
    const PlanTie& tie = plan.ties[at(side / 2)];
    const PlanSide& self = tie.sides[at(side % 2)];
    Floats shared{};
    for (int c : tie.third_actors) {
      shared +=
          worth::shared_enemy_term(slot(layout.capability + c), slot(layout.relation_slot(self.actor, c)),
                                   slot(layout.relation_slot(self.partner, c)));
    }
    threat[at(side)] = worth::threat_share(
        shared, slot(layout.capability + self.actor) + slot(layout.capability + self.partner));
  }
}

template <class K>
[[gnu::always_inline]] inline void apply_ops(const StressPlan& plan, int step, K& state) {
  using Floats = typename K::Floats;
  const auto slot = [&state](int index) -> Floats& { return state.values[at(index)]; };
  const int end = plan.op_begin[at(step + 1)];
  for (int i = plan.op_begin[at(step)]; i < end; ++i) apply_op<Floats>(plan.ops[at(i)], slot);
}

// The salience-weighted sums of side `side`'s worth in every lane, in the reference path's order (over the
// live topics only: the others add exact zeros), and with `for_floor` the plain sums of its weights that
// bound how the first ones can move (floor_of_worth). GCC does not drop those sums where they go unused.
template <class Floats>
struct SideSums {
  Floats weighted{};        // Σ s·w over dimensions
  Floats total_salience{};  // Σ s·h over dimensions
  Floats divergence{};      // Σ s·w over issues
  Floats held{};            // Σ h over dimensions
  Floats issue_weight{};    // Σ w over issues
};

// Calls `visit(t)` for each live dimension (or, with `issues`, each live issue) t of side `side`, in order.
// Where every topic is live (the demo's sides) the loop runs over the topics themselves: without the
// indirection through `live_topics`, each topic's addresses follow from the last one's.
template <class Visit>
[[gnu::always_inline]] inline void for_live_topics(const BatchIndex& index, const PlanLayout& layout,
                                                   int side, bool issues, Visit visit) {
  if (index.all_live[at(side)] != 0) {
    const int last = issues ? layout.topics : layout.dimensions;
    for (int t = issues ? layout.dimensions : 0; t < last; ++t) visit(t);
    return;
  }
  const int dimensions_end = index.live_begin[at(side)] + index.live_dimensions[at(side)];
  const int last = issues ? index.live_begin[at(side + 1)] : dimensions_end;
  for (int k = issues ? dimensions_end : index.live_begin[at(side)]; k < last; ++k)
    visit(index.live_topics[at(k)]);
}

template <bool for_floor, class K>
[[gnu::always_inline]] inline SideSums<typename K::Floats> side_sums(const StressPlan& plan, K& state,
                                                                     int side) {
  using Floats = typename K::Floats;
  const PlanLayout& layout = plan.layout;
  const PlanTie& tie = plan.ties[at(side / 2)];
  const int salience_base = layout.stance(layout.salience, tie.sides[at(side % 2)].actor, 0);
  const Floats* salience = &state.values[at(salience_base)];
  const Floats* weight = &state.weight[at(side * layout.topics)];
  const Floats* held = &state.held[at(side * layout.topics)];
  SideSums<Floats> sums;
  for_live_topics(state.index, layout, side, false, [&](int t) {
    sums.weighted += salience[t] * weight[t];
    sums.total_salience += salience[t] * held[t];
    if constexpr (for_floor) sums.held += held[t];
  });
  for_live_topics(state.index, layout, side, true, [&](int t) {
    sums.divergence += salience[t] * weight[t];
    if constexpr (for_floor) sums.issue_weight += weight[t];
  });
  return sums;
}

// What side `side` gets from its tie's flows, in every lane (topic_terms::side_exchange).
template <class K>
[[gnu::always_inline]] inline typename K::Floats side_exchange(const StressPlan& plan, K& state, int side) {
  using Floats = typename K::Floats;
  return topic_terms::side_exchange<Floats>(plan.layout, plan.ties[at(side / 2)], side % 2,
                                            LaneSlots<Floats>{state.values.data()});
}

// Worth of side `side` in every lane.
template <class K>
[[gnu::always_inline]] inline typename K::Floats side_worth(const StressPlan& plan,
                                                            const AlignmentOptions& options, K& state,
                                                            int side) {
  const auto sums = side_sums<false>(plan, state, side);
  return worth::terms(options, worth::agreement_ratio(sums.weighted, sums.total_salience),
                      side_exchange(plan, state, side), state.threat[at(side)], state.power[at(side)],
                      sums.divergence)
      .total();
}

// The clamped exit exponent (threshold − W) / τ of side `side` at worth `worth`, in every lane.
template <class K>
[[gnu::always_inline]] inline typename K::Floats side_exponent(const StressPlan& plan, K& state, int side,
                                                               typename K::Floats worth) {
  const int actor = side_of(plan, side).actor;
  return hazard::exponent(worth, state.values[at(plan.layout.threshold + actor)],
                          state.inverse_tau[at(actor)]);
}

// How far below the exact worth a floor is set, for the rounding of single precision: worth sums a few dozen
// terms of magnitude under 2, each rounded to within 6e-8 of itself, so the exact float worth lies far less
// than this above its real value; the floor's own arithmetic is covered the same way.
constexpr float floor_slack = 1e-3F;

// How many steps one bound on a tie's worth covers at most: the walk's spread grows with the window, the
// worth evaluations saved with its length (docs/stress.md §7).
constexpr int bound_window = 16;

// A floor under side `side`'s worth at this step and at every step up to `drift` / walk step later, when no
// operation moves the side's stances, saliences, perceptions, flows or threshold in between (nor does a
// perception: the tie does not `perceive`). Then each salience moves at most `drift`, every flow keeps at
// least `decay` of its value, and the weights stay as they are. Agreement Σ s·w / Σ s·h moves by Σ Δs·(w −
// h·VA) / Σ s·h, at most drift · Σ |w − h·VA| over the least total salience; divergence grows by at most
// drift · Σ w; exchange, whose values and costs decay alike, keeps at least `decay` of itself when positive.
// Deference is as it is (capabilities never change within a run), and so is the common threat when
// `threat_holds` (no relation changes in between); otherwise the threat counts at its least (0 for a
// non-negative weight). Needs α ≥ 0 and γ ≥ 0.
template <class K>
[[gnu::always_inline]] inline typename K::Floats floor_of_worth(const StressPlan& plan,
                                                                const AlignmentOptions& options, K& state,
                                                                int side, float drift, float decay,
                                                                bool threat_holds) {
  using Floats = typename K::Floats;
  const PlanLayout& layout = plan.layout;
  const SideSums<Floats> sums = side_sums<true>(plan, state, side);
  const Floats agreement = worth::agreement_ratio(sums.weighted, sums.total_salience);
  const Floats* weight = &state.weight[at(side * layout.topics)];
  const Floats* held = &state.held[at(side * layout.topics)];
  Floats spread{};
  for_live_topics(state.index, layout, side, false,
                  [&](int t) { spread += lanes::magnitude(weight[t] - held[t] * agreement); });
  const Floats least_salience = sums.total_salience - drift * sums.held;
  const Floats positive_salience = least_salience > 0.0F ? least_salience : Floats{} + 1.0F;
  const Floats shaken = lanes::clamp(agreement - drift * spread / positive_salience, -1.0F, 1.0F);
  const Floats agreement_floor = least_salience > 0.0F ? shaken : Floats{} - 1.0F;  // agreement is ≥ −1
  const Floats exchange = side_exchange(plan, state, side);
  const Floats exchange_floor = exchange > 0.0F ? exchange * decay : exchange;
  // The least threat: 0 under a non-negative weight, the full 1 under a negative one.
  const Floats threat_floor =
      threat_holds ? state.threat[at(side)] : Floats{} + (options.threat_weight < 0.0 ? 1.0F : 0.0F);
  return worth::terms(options, agreement_floor, exchange_floor, threat_floor, state.power[at(side)],
                      sums.divergence + drift * sums.issue_weight)
             .total() -
         floor_slack;
}

// The last step a window opened on tie `i` at `step` may reach: the step before the next operation that
// moves an input of its floors, and at most `length` steps on.
inline int window_reach(const StressPlan& plan, const BatchIndex& index, int i, int step, int length) {
  return std::min({step + length, index.next_touch[at(i * (plan.steps + 1) + step)], plan.steps + 1}) - 1;
}

// The last step at which tie `i` is forecast: the horizon, or the step before its observed end.
inline int last_step(const StressPlan& plan, int i) {
  return std::min(plan.steps, plan.ties[at(i)].censor_step - 1);
}

// Opens a window over which tie `i`'s rate is bounded, from this step to `end` (at most window_reach), at
// the rate both sides would leave at on their floors of worth. The rate is monotone in worth, so it bounds
// the exact rate at every step of the window.
template <class K>
[[gnu::always_inline]] inline void open_window(const StressPlan& plan, const DynamicsOptions& dynamics,
                                               const AlignmentOptions& options, K& state, int i, int step,
                                               int end, float walk, float keep) {
  using Floats = typename K::Floats;
  const int later = end - step;  // the walk steps after this one that the window covers, each of ±walk
  const bool threat_holds = state.index.next_relation_change[at(step)] > end;
  float decay = 1.0F;
  for (int k = 0; k < later; ++k) decay *= keep;
  std::array<Floats, 2> exponent;
  for (int s = 0; s < 2; ++s) {
    exponent[at(s)] =
        side_exponent(plan, state, 2 * i + s,
                      floor_of_worth(plan, options, state, 2 * i + s,
                                     std::abs(walk) * static_cast<float>(later), decay, threat_holds));
  }
  std::array<Floats, 2> exponential = exponent;
  lanes::exp_many(exponential, 2);
  state.window_rate[at(i)] = hazard::rate_from(dynamics, exponent[0], exponential[0]) +
                             hazard::rate_from(dynamics, exponent[1], exponential[1]);
  state.window_end[at(i)] = end;
}

// Adds tie `i`'s window bound to its integrated bound, step by step to the window's last step as the exact
// hazard is added, and returns true, when the sum stays under the exit level in every lane: then no lane can
// break within the window. Otherwise adds nothing and returns false.
template <class K>
[[gnu::always_inline]] inline bool add_window(K& state, int i, int step, float years) {
  typename K::Floats bound = state.hazard_bound[at(i)];
  for (int k = step; k <= state.window_end[at(i)]; ++k) bound += state.window_rate[at(i)] * years;
  if (lanes::any(bound >= state.exit_level[at(i)])) return false;
  state.hazard_bound[at(i)] = bound;
  return true;
}

// For tests: throws unless the exact rate of bounded tie `i` at this step is within its window's bound, and
// unless the exact hazard integrated so far (in `cumulative_hazard`, which a bounded tie does not use
// otherwise) stays under its exit levels.
template <class K>
[[gnu::always_inline]] inline void verify_window(const StressPlan& plan, const DynamicsOptions& dynamics,
                                                 const AlignmentOptions& options, K& state, int i, int step,
                                                 float years) {
  using Floats = typename K::Floats;
  const PlanTie& tie = plan.ties[at(i)];
  Floats exact{};
  for (int s = 0; s < 2; ++s) {
    const Floats exponent =
        side_exponent(plan, state, 2 * i + s, side_worth(plan, options, state, 2 * i + s));
    exact += hazard::rate_from(dynamics, exponent, lanes::exp(exponent));
  }
  const std::string where =
      " of " + tie.between[0] + "–" + tie.between[1] + " at step " + std::to_string(step);
  if (lanes::any(exact > state.window_rate[at(i)]))
    throw std::logic_error("the bound on the exit rate lies below the exact rate" + where);
  Floats& hazard = state.cumulative_hazard[at(i)];
  hazard += exact * years;
  if (lanes::any(hazard >= state.exit_level[at(i)]))
    throw std::logic_error("the bound ruled out a break that happens" + where);
}

// The lanes' random streams, as two generators of half the lanes each: a vector of sixteen 64-bit words
// spans two AVX-512 registers, and GCC keeps such a vector in memory, storing the generator's whole state
// at every draw, where each half stays in registers. Every draw joins the halves' results, so lane l still
// draws exactly its run's stream.
template <class Words>
struct LaneStreams {
  using Half = lanes::HalfOf<Words>;
  std::array<Xoshiro256<Half>, 2> halves{};

  // Seeds each lane with its run's stream, as the reference path seeds it.
  LaneStreams(std::uint64_t seed, std::uint64_t first_run) noexcept {
    constexpr std::size_t half = sizeof(Half) / sizeof(std::uint64_t);
    for (std::size_t lane = 0; lane < 2 * half; ++lane) {
      const RunRng stream{seed, first_run + lane};
      for (std::size_t w = 0; w < 4; ++w) halves[lane / half].s[w][lane % half] = stream.state()[w];
    }
  }
  [[gnu::always_inline]] auto normal() noexcept {
    return lanes::join(normal_from_bits(halves[0].next()), normal_from_bits(halves[1].next()));
  }
  [[gnu::always_inline]] auto uniform() noexcept {
    return lanes::join(uniform_from_bits(halves[0].next()), uniform_from_bits(halves[1].next()));
  }
  // A draw's coins, its low and its high 32-bit halves (coin_halves).
  [[gnu::always_inline]] auto coins() noexcept {
    const auto low = coin_halves(halves[0].next());
    const auto high = coin_halves(halves[1].next());
    return std::array{lanes::join(low[0], high[0]), lanes::join(low[1], high[1])};
  }
};

// One step of the salience walk in every lane: a coin per salience, bit i % 64 of one draw per 64 saliences.
// In blocks of 32, one half-word of coins each, unrolled so that every coin's bit index is a constant: its
// shift is then an immediate instead of a count moved into a vector register. A block whose saliences are
// consecutive slots (the demo's) addresses them from its first.
template <class K, class Generator>
[[gnu::always_inline]] inline void walk_saliences(const StressPlan& plan, K& state, Generator& generator,
                                                  float walk) {
  using Floats = typename K::Floats;
  const std::size_t count = plan.walk_slots.size();
  const auto walk_block = [&](std::size_t first, typename K::Words32 half) {
    const std::size_t size = std::min<std::size_t>(32, count - first);
    if (state.index.walk_block_consecutive[first / 32] != 0) {
      Floats* salience = &state.values[at(plan.walk_slots[first])];
#pragma GCC unroll 32
      for (unsigned bit = 0; bit < 32; ++bit) {
        if (bit < size) salience[bit] = walked(salience[bit], walk, half, bit);
      }
      return;
    }
#pragma GCC unroll 32
    for (unsigned bit = 0; bit < 32; ++bit) {
      if (bit >= size) break;
      Floats& salience = state.values[at(plan.walk_slots[first + bit])];
      salience = walked(salience, walk, half, bit);
    }
  };
  for (std::size_t i = 0; i < count; i += 64) {
    const auto coins = generator.coins();
    walk_block(i, coins[0]);
    if (i + 32 < count) walk_block(i + 32, coins[1]);
  }
}

// Draws the batch's sampled inputs into `state.values`.
template <class K, class Generator>
[[gnu::always_inline]] inline void sample_inputs(const StressPlan& plan, const DynamicsOptions& dynamics,
                                                 K& state, Generator& generator) {
  for (const PlanSample& sample : plan.samples) {
    typename K::Floats& value = state.values[at(sample.slot)];
    value = sample.drawn(dynamics.input_sd_scale, generator.normal());
    if (sample.mirror >= 0) state.values[at(sample.mirror)] = value;
  }
}

// Code for one vector width is compiled for the instruction set it needs. GCC on x86-64 compiles each for its
// instruction set and asks the CPU which it runs; elsewhere every width is plain code and only the narrowest
// is used.
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__)
#define FAULTLINE_X86_WIDTHS 1
#define FAULTLINE_TARGET(isa) __attribute__((target(isa)))
#else
#define FAULTLINE_X86_WIDTHS 0
#define FAULTLINE_TARGET(isa)
#endif

// The trigger analysis of side `side` of tie `i` in every lane at once (lanes often break at the same step),
// into the outcomes of the lanes in `leaving` (bit l for lane l).
template <class K>
[[gnu::always_inline]] inline void name_triggers_in_lanes(const AlignmentOptions& options, K& state, int i,
                                                          int side, int step, std::uint32_t leaving,
                                                          std::span<TieOutcome> outcomes) {
  using Floats = typename K::Floats;
  constexpr int width = sizeof(Floats) / sizeof(float);
  const auto ties = static_cast<int>(state.plan.ties.size());
  const PlanTie& tie = state.plan.ties[at(i)];
  const auto worst = topic_terms::worst_component<Floats>(
      state.plan, options, tie, side, LaneSlots<Floats>{state.values.data()},
      LaneSlots<Floats>{state.start.data()}, state.threat[at(2 * i + side)],
      state.start_threat[at(2 * i + side)], state.topic_views);
  for (int lane = 0; lane < width; ++lane) {
    if ((leaving >> static_cast<unsigned>(lane) & 1U) == 0) continue;
    // The lane's own slots, a float each, as the reference path reads them.
    const auto lane_of = [lane](const typename K::LaneVector& slots) {
      return SlotView{reinterpret_cast<const float*>(slots.data()) + lane, width};
    };
    outcomes[at(lane * ties + i)].trigger = topic_terms::trigger_label(
        state.plan, tie.sides[at(side)], worst[lane], step, lane_of(state.values), lane_of(state.start));
  }
}

// Out of the step loop, one per width: inlined there, the analysis's many live vectors made GCC spill the
// loop's own, and every step ran slower.
FAULTLINE_TARGET("arch=x86-64-v4")
[[gnu::noinline]] void name_triggers(const AlignmentOptions& options, Kernel<16>& state, int i, int side,
                                     int step, std::uint32_t leaving, std::span<TieOutcome> outcomes) {
  name_triggers_in_lanes(options, state, i, side, step, leaving, outcomes);
}
FAULTLINE_TARGET("arch=x86-64-v3")
[[gnu::noinline]] void name_triggers(const AlignmentOptions& options, Kernel<8>& state, int i, int side,
                                     int step, std::uint32_t leaving, std::span<TieOutcome> outcomes) {
  name_triggers_in_lanes(options, state, i, side, step, leaving, outcomes);
}
[[gnu::noinline]] void name_triggers(const AlignmentOptions& options, Kernel<4>& state, int i, int side,
                                     int step, std::uint32_t leaving, std::span<TieOutcome> outcomes) {
  name_triggers_in_lanes(options, state, i, side, step, leaving, outcomes);
}

// The exit level of a lane that has broken, or runs no run: no hazard reaches it.
constexpr float never = std::numeric_limits<float>::infinity();

// Ties evaluated together: every side's exit exponent first, then the exponentials the sides need, which the
// processor overlaps.
constexpr int ties_per_pass = 8;

// Runs `runs` (up to the kernel's width) consecutive runs from `first_run`; inlined into one entry point per
// target. Returns −1, or the first bounded tie whose bound on the integrated hazard reached an exit level:
// the batch must then run again with that tie stepped exactly.
template <class K>
[[gnu::always_inline]] inline int run_batch(const DynamicsOptions& dynamics, const AlignmentOptions& options,
                                            std::uint64_t seed, std::uint64_t first_run, int runs, K& state,
                                            std::span<TieOutcome> outcomes) {
  using Floats = typename K::Floats;
  using Words = typename K::Words;
  constexpr int width = sizeof(Floats) / sizeof(float);
  const StressPlan& plan = state.plan;
  const PlanLayout& layout = plan.layout;
  const auto ties = static_cast<int>(plan.ties.size());
  const float years = step_years(plan);
  const auto slot = [&state](int index) -> Floats& { return state.values[at(index)]; };

  LaneStreams<Words> generator{seed, first_run};
  // The start: sampled inputs, exit levels, 1/τ, then the operations of step 0.
  for (int s : state.index.reset_slots) slot(s) = Floats{} + static_cast<float>(plan.declared[at(s)]);
  sample_inputs(plan, dynamics, state, generator);
  for (int i = 0; i < ties; ++i) {
    state.exit_level[at(i)] = exit_level_from(generator.uniform());
    state.leaver_draw[at(i)] = generator.uniform();
    state.cumulative_hazard[at(i)] = Floats{};
    state.hazard_bound[at(i)] = Floats{};
    state.window_end[at(i)] = 0;
    state.settled[at(i)] = 0;
  }
  for (std::size_t k = 0; k < plan.perceptions.size(); ++k) {
    state.reveal_level[k] = exit_level_from(generator.uniform());
    state.reveal_hazard[k] = Floats{};
  }
  for (int a = 0; a < layout.actors; ++a)
    state.inverse_tau[at(a)] = hazard::inverse_tau(dynamics, slot(layout.volatility + a));
  for (int s : state.index.changing_slots) state.start[at(s)] = slot(s);
  refresh_threats<K>(plan, state.start, state.start_threat);
  apply_ops(plan, 0, state);
  for (int entry = 0; entry < 2 * ties * layout.topics; ++entry) refresh_weight(state, entry);
  refresh_threats<K>(plan, state.values, state.threat);
  for (int side = 0; side < 2 * ties; ++side) {
    state.power[at(side)] =
        topic_terms::side_power<Floats>(layout, side_of(plan, side), LaneSlots<Floats>{state.values.data()});
  }
  const std::uint32_t used = runs >= 32 ? ~0U : (1U << static_cast<unsigned>(runs)) - 1U;
  std::fill(state.open.begin(), state.open.end(), used);
  // Lanes past the batch's runs never break, nor end a bound.
  for (int i = 0; i < ties; ++i) {
    for (int lane = runs; lane < width; ++lane) state.exit_level[at(i)][lane] = never;
  }

  const float walk = walk_step(plan, dynamics);
  const float keep = flow_keep(plan, dynamics);
  // Whether a perception's closing exponent can reach the Taylor limit: saliences are at most 1, and rounding
  // is monotone, so the exponent at salience 1 bounds every other.
  const bool learning_may_reach =
      learning_exponent(dynamics.perception_rate, 1.0F, years) >= static_cast<float>(lanes::taylor_limit);
  for (int step = 1; step <= plan.steps; ++step) {
    apply_ops(plan, step, state);

    walk_saliences(plan, state, generator, walk);

    if (dynamics.flow_half_life_years > 0.0) {
      for (const auto& [first, count] : state.index.flow_runs) {
        Floats* flows = &slot(first);
        for (int k = 0; k < count; ++k) flows[k] *= keep;
      }
    }

    // Whether tie i is stepped exactly at this step: not bounded, not ended, and not broken in every lane.
    const auto stepped = [&state, &plan, step](int i) {
      return state.open[at(i)] != 0 && state.bounded[at(i)] == 0 && step < plan.ties[at(i)].censor_step;
    };
    // Perceptions move only the weights of the ties that perceive; once none of those is stepped, they change
    // no outcome.
    bool perceptions_matter = false;
    for (int i = 0; i < ties; ++i)
      perceptions_matter = perceptions_matter || (state.index.perceives[at(i)] && stepped(i));
    // Each perception in registers: its revelation hazard, the fraction of its gap it closes, its belief.
    // The perceptions are independent, and the processor overlaps them.
    for (std::size_t k = 0; perceptions_matter && k < plan.perceptions.size(); ++k) {
      const PlanPerception& perception = plan.perceptions[k];
      const Floats salience = slot(perception.observer_salience);
      state.reveal_hazard[k] += learning_exponent(dynamics.revelation_rate, salience, years);
      const Floats closing = lanes::one_minus_exp_minus(
          learning_exponent(dynamics.perception_rate, salience, years), learning_may_reach);
      Floats& has = slot(perception.has_perception);
      Floats& perceived = slot(perception.perceived);
      const auto revealed = state.reveal_hazard[k] >= state.reveal_level[k];
      const Floats believed = perceived;
      const Floats flag = has;
      const Floats closer = closer_to(believed, slot(perception.truth), closing);
      const Floats learnt = lanes::apart(revealed ? believed : closer);
      perceived = flag > 0.0F ? learnt : believed;
      has = revealed ? Floats{} : flag;
    }

    const int stale_end = state.index.step_entries_begin[at(step + 1)];
    for (int k = state.index.step_entries_begin[at(step)]; k < stale_end; ++k)
      refresh_weight(state, state.index.step_entries[at(k)]);
    if (perceptions_matter) {
      for (int entry : state.index.perception_entries) refresh_weight(state, entry);
    }
    if (state.index.changes_relations(step)) refresh_threats<K>(plan, state.values, state.threat);

    // Worth and exit exponent of every side of every tie still counting in some lane, then the exponentials
    // side by side, then each tie's integrated hazard against its exit levels.
    bool open = false;
    for (int i = 0; i < ties; ++i) {
      if (!state.bounded[at(i)] || step >= plan.ties[at(i)].censor_step) continue;
      if (state.settled[at(i)] == 0 && step > state.window_end[at(i)]) {
        // Once no operation moves the tie's inputs before its last step, one window to that step whose
        // bound holds all the way settles the tie for this batch: it cannot break, and needs no more steps.
        const int last = last_step(plan, i);
        if (window_reach(plan, state.index, i, step, plan.steps + 1) >= last) {
          open_window(plan, dynamics, options, state, i, step, last, walk, keep);
          state.settled[at(i)] = add_window(state, i, step, years) ? 1 : 0;
          state.counts.settled[at(i)] += state.settled[at(i)];
        }
        if (state.settled[at(i)] == 0) {
          const int reach = window_reach(plan, state.index, i, step, bound_window);
          if (state.window_end[at(i)] != reach)
            open_window(plan, dynamics, options, state, i, step, reach, walk, keep);
          // A bound that reaches an exit level within the window no longer rules a break out: the batch runs
          // again with the tie stepped.
          if (!add_window(state, i, step, years)) return i;
        }
      }
      // Verifying, a settled tie is still checked to its last step.
      if (state.verify) verify_window(plan, dynamics, options, state, i, step, years);
      open = open || state.settled[at(i)] == 0 || state.verify;
    }
    for (int first_tie = 0; first_tie < ties; first_tie += ties_per_pass) {
      const int last_tie = std::min(ties, first_tie + ties_per_pass);
      std::array<Floats, 2 * ties_per_pass> exponent;
      std::array<Floats, 2 * ties_per_pass> exponential;
      std::size_t needed = 0;                    // sides whose exponent reaches min_exponent in some lane
      std::array<int, 2 * ties_per_pass> where;  // exponential index of each side, −1 when none is needed
      for (int i = first_tie; i < last_tie; ++i) {
        if (!stepped(i)) continue;
        open = true;
        for (int s = 0; s < 2; ++s) {
          const int k = 2 * (i - first_tie) + s;
          exponent[at(k)] =
              side_exponent(plan, state, 2 * i + s, side_worth(plan, options, state, 2 * i + s));
          // A side under min_exponent in every lane leaves at rate 0 there: no exponential.
          where[at(k)] = -1;
          if (!lanes::any(exponent[at(k)] >= static_cast<float>(hazard::min_exponent))) continue;
          where[at(k)] = static_cast<int>(needed);
          exponential[needed++] = exponent[at(k)];
        }
      }
      lanes::exp_many(exponential, needed);
      for (int i = first_tie; i < last_tie; ++i) {
        if (!stepped(i)) continue;
        std::uint32_t& lanes_open = state.open[at(i)];
        std::array<Floats, 2> rate{};
        for (int s = 0; s < 2; ++s) {
          const int k = 2 * (i - first_tie) + s;
          if (where[at(k)] >= 0)
            rate[at(s)] = hazard::rate_from(dynamics, exponent[at(k)], exponential[at(where[at(k)])]);
        }
        const Floats total = rate[0] + rate[1];
        Floats& cumulative = state.cumulative_hazard[at(i)];
        cumulative += total * years;
        Floats& level = state.exit_level[at(i)];
        if (!lanes::any(cumulative >= level)) continue;
        std::array<std::uint32_t, 2> leaving{};  // the lanes breaking now, by the side that leaves
        for (int lane = 0; lane < width; ++lane) {
          const std::uint32_t bit = 1U << static_cast<unsigned>(lane);
          if ((lanes_open & bit) == 0 || cumulative[lane] < level[lane]) continue;
          lanes_open &= ~bit;
          level[lane] = never;  // a lane counts its break once: the test above then holds only for new ones
          TieOutcome& outcome = outcomes[at(lane * ties + i)];
          outcome.fracture_step = step;
          outcome.leaver = state.leaver_draw[at(i)][lane] * total[lane] < rate[0][lane] ? 0 : 1;
          leaving[at(outcome.leaver)] |= bit;
        }
        for (int s = 0; s < 2; ++s) {
          if (leaving[at(s)] != 0) name_triggers(options, state, i, s, step, leaving[at(s)], outcomes);
        }
      }
    }
    if (!open) break;  // every tie has broken or ended in every lane
  }
  return -1;
}

// The entry points, one per vector width, each compiled for the instruction set that width needs (see
// FAULTLINE_TARGET). Without contraction every one rounds alike, so the choice changes the speed, never a
// result.

FAULTLINE_TARGET("arch=x86-64-v4")
int run_batches(const DynamicsOptions& dynamics, const AlignmentOptions& options, std::uint64_t seed,
                std::uint64_t first_run, int runs, Kernel<16>& state, std::span<TieOutcome> outcomes) {
  return run_batch(dynamics, options, seed, first_run, runs, state, outcomes);
}
FAULTLINE_TARGET("arch=x86-64-v3")
int run_batches(const DynamicsOptions& dynamics, const AlignmentOptions& options, std::uint64_t seed,
                std::uint64_t first_run, int runs, Kernel<8>& state, std::span<TieOutcome> outcomes) {
  return run_batch(dynamics, options, seed, first_run, runs, state, outcomes);
}
int run_batches(const DynamicsOptions& dynamics, const AlignmentOptions& options, std::uint64_t seed,
                std::uint64_t first_run, int runs, Kernel<4>& state, std::span<TieOutcome> outcomes) {
  return run_batch(dynamics, options, seed, first_run, runs, state, outcomes);
}

// The index of where each side's cached weights depend on the plan's slots.
BatchIndex make_batch_index(const StressPlan& plan) {
  const PlanLayout& layout = plan.layout;
  const int entries = 2 * static_cast<int>(plan.ties.size()) * layout.topics;
  BatchIndex index;
  // What each weight entry reads, and which weight entries read each slot.
  std::vector<std::vector<int>> readers(at(layout.size));
  for (int entry = 0; entry < entries; ++entry) {
    const int t = entry % layout.topics;
    const EntryInputs& inputs = index.entry_inputs.emplace_back(
        EntryInputs{weight_inputs(side_of(plan, entry / layout.topics), t), t < layout.dimensions});
    for (int input : inputs.slots) readers[at(input)].push_back(entry);
  }
  const auto stale = [&readers](std::initializer_list<int> slots, std::set<int>& into) {
    for (int s : slots) {
      if (s >= 0) into.insert(readers[at(s)].begin(), readers[at(s)].end());
    }
  };
  for (int step = 0; step <= plan.steps; ++step) {
    index.step_entries_begin.push_back(static_cast<int>(index.step_entries.size()));
    std::set<int> touched;
    for (int i = plan.op_begin[at(step)]; i < plan.op_begin[at(step + 1)]; ++i) {
      const PlanOp& op = plan.ops[at(i)];
      stale({op.slot, op.mirror, op.salience_slot}, touched);
    }
    index.step_entries.insert(index.step_entries.end(), touched.begin(), touched.end());
  }
  index.step_entries_begin.push_back(static_cast<int>(index.step_entries.size()));
  std::set<int> perceived;
  for (const PlanPerception& perception : plan.perceptions)
    stale({perception.perceived, perception.has_perception}, perceived);
  index.perception_entries.assign(perceived.begin(), perceived.end());

  const std::set<int> decaying(plan.flow_slots.begin(), plan.flow_slots.end());
  for (int s : decaying) {
    if (!index.flow_runs.empty() && index.flow_runs.back().first + index.flow_runs.back().second == s) {
      ++index.flow_runs.back().second;
    } else {
      index.flow_runs.emplace_back(s, 1);
    }
  }
  for (std::size_t first = 0; first < plan.walk_slots.size(); first += 32) {
    bool consecutive = true;
    for (std::size_t i = first; i < std::min(first + 32, plan.walk_slots.size()); ++i)
      consecutive = consecutive && plan.walk_slots[i] == plan.walk_slots[first] + static_cast<int>(i - first);
    index.walk_block_consecutive.push_back(consecutive ? 1 : 0);
  }

  std::vector<bool> may_hold(plan.declared.size(), false);  // held slots: at the start or taken up later
  for (int s = 0; s < layout.size; ++s) may_hold[at(s)] = plan.declared[at(s)] > 0.0;
  for (const PlanOp& op : plan.ops) {
    if (op.kind == PlanOp::Kind::take_up) may_hold[at(op.slot)] = true;
  }
  for (int side = 0; side < 2 * static_cast<int>(plan.ties.size()); ++side) {
    const PlanSide& self = side_of(plan, side);
    index.live_begin.push_back(static_cast<int>(index.live_topics.size()));
    int dimensions = 0;
    for (int t = 0; t < layout.topics; ++t) {
      if (!may_hold[at(layout.stance(layout.held, self.actor, t))] ||
          !may_hold[at(layout.stance(layout.held, self.partner, t))])
        continue;
      index.live_topics.push_back(t);
      if (t < layout.dimensions) ++dimensions;
    }
    index.live_dimensions.push_back(dimensions);
    index.all_live.push_back(index.live_topics.size() - at(index.live_begin.back()) == at(layout.topics) ? 1
                                                                                                         : 0);
  }
  index.live_begin.push_back(static_cast<int>(index.live_topics.size()));

  std::set<int> sampled;
  for (const PlanSample& sample : plan.samples) sampled.insert({sample.slot, sample.mirror});
  std::set<int> changing = sampled;
  changing.insert(plan.walk_slots.begin(), plan.walk_slots.end());
  changing.insert(plan.flow_slots.begin(), plan.flow_slots.end());
  for (const PlanOp& op : plan.ops) changing.insert({op.slot, op.mirror, op.salience_slot});
  for (const PlanPerception& perception : plan.perceptions)
    changing.insert({perception.perceived, perception.has_perception});
  changing.erase(-1);
  index.changing_slots.assign(changing.begin(), changing.end());
  std::set_difference(changing.begin(), changing.end(), sampled.begin(), sampled.end(),
                      std::back_inserter(index.reset_slots));

  // Which ties a perception moves, and for every tie the steps whose operations move an input of its floors:
  // its sides' weight inputs, both members' saliences and thresholds, its flows.
  const auto ties = plan.ties.size();
  index.next_relation_change.assign(at(plan.steps + 1), plan.steps + 1);
  for (int step = plan.steps - 1; step >= 0; --step) {
    index.next_relation_change[at(step)] =
        plan.step_changes_relations(step + 1) ? step + 1 : index.next_relation_change[at(step + 1)];
  }
  index.perceives.assign(ties, 0);
  for (int entry : index.perception_entries) index.perceives[at(entry / layout.topics / 2)] = 1;
  const auto per_tie = at(plan.steps + 1);
  index.next_touch.assign(ties * per_tie, plan.steps + 1);
  for (std::size_t i = 0; i < ties; ++i) {
    const PlanTie& tie = plan.ties[i];
    std::vector<bool> input(at(layout.size), false);
    for (const PlanSide& self : tie.sides) {
      for (int t = 0; t < layout.topics; ++t) {
        for (int slot : weight_inputs(self, t)) input[at(slot)] = true;
        input[at(self.topics[at(t)].salience)] = true;
      }
      input[at(layout.threshold + self.actor)] = true;
    }
    for (const PlanFlow& flow : tie.flows) {
      input[at(layout.flow_value + flow.flow)] = true;
      input[at(layout.flow_cost + flow.flow)] = true;
    }
    const auto moves_input = [&input](const PlanOp& op) {
      return input[at(op.slot)] || (op.mirror >= 0 && input[at(op.mirror)]) ||
             (op.salience_slot >= 0 && input[at(op.salience_slot)]);
    };
    int next = plan.steps + 1;
    for (int step = plan.steps; step >= 0; --step) {
      index.next_touch[i * per_tie + at(step)] = next;
      const auto first = plan.ops.begin() + plan.op_begin[at(step)];
      const auto last = plan.ops.begin() + plan.op_begin[at(step + 1)];
      if (std::any_of(first, last, moves_input)) next = step;
    }
  }
  return index;
}

template <int width>
Kernel<width>::Kernel(const StressPlan& compiled) : plan(compiled), index(make_batch_index(compiled)) {
  const auto ties = plan.ties.size();
  // Slots no run changes keep their declared values from here on (BatchIndex::reset_slots).
  for (int s = 0; s < plan.layout.size; ++s)
    values.push_back(Floats{} + static_cast<float>(plan.declared[at(s)]));
  start = values;
  weight.resize(2 * ties * at(plan.layout.topics));
  held.resize(2 * ties * at(plan.layout.topics));
  threat.resize(2 * ties);
  start_threat.resize(2 * ties);
  power.resize(2 * ties);
  inverse_tau.resize(at(plan.layout.actors));
  cumulative_hazard.resize(ties);
  exit_level.resize(ties);
  leaver_draw.resize(ties);
  reveal_hazard.resize(plan.perceptions.size());
  reveal_level.resize(plan.perceptions.size());
  open.resize(ties);
  bounded.resize(ties);
  window_rate.resize(ties);
  window_end.resize(ties);
  hazard_bound.resize(ties);
  settled.resize(ties);
  counts.bounded.resize(ties);
  counts.rerun.resize(ties);
  counts.settled.resize(ties);
  topic_salience.resize(at(plan.layout.topics));
  topic_own.resize(at(plan.layout.topics));
  topic_perceived.resize(at(plan.layout.topics));
  topic_views = {topic_salience, topic_own, topic_perceived};
  for (std::size_t entry = 0; entry < index.entry_inputs.size(); ++entry) {
    const EntryInputs& inputs = index.entry_inputs[entry];
    EntryPlaces& places = entry_places.emplace_back();
    for (std::size_t k = 0; k < inputs.slots.size(); ++k) places.inputs[k] = &values[at(inputs.slots[k])];
    places.weight = &weight[entry];
    places.held = inputs.dimension ? &held[entry] : nullptr;
  }
}

template <int width>
bool Kernel<width>::worth_bounding(const AlignmentOptions& options, std::size_t tie) const noexcept {
  // The floors need agreement and divergence to count with non-negative weights. A tie the bound failed
  // for twice, and in more than one batch in eight, is stepped from then on: it is not far from breaking.
  const bool failing = counts.rerun[tie] >= 2 && 8 * counts.rerun[tie] > counts.bounded[tie];
  return options.values_weight >= 0.0 && options.issue_weight >= 0.0 && index.perceives[tie] == 0 && !failing;
}

template <int width>
void Kernel<width>::simulate(const DynamicsOptions& dynamics, const AlignmentOptions& options,
                             std::uint64_t seed, std::uint64_t first_run, int runs,
                             std::span<TieOutcome> outcomes) {
  const std::size_t ties = plan.ties.size();
  for (int done = 0; done < runs; done += width) {
    const int batch = std::min(width, runs - done);
    const std::span<TieOutcome> batch_outcomes = outcomes.subspan(at(done) * ties, at(batch) * ties);
    for (std::size_t i = 0; i < ties; ++i) {
      bounded[i] = worth_bounding(options, i) ? 1 : 0;
      counts.bounded[i] += bounded[i];
    }
    // A batch whose bound reached an exit level runs again with that tie stepped: the same streams give the
    // same runs, now exactly.
    for (;;) {
      std::fill(batch_outcomes.begin(), batch_outcomes.end(), TieOutcome{});
      const int rerun = run_batches(dynamics, options, seed, first_run + static_cast<std::uint64_t>(done),
                                    batch, *this, batch_outcomes);
      if (rerun < 0) break;
      bounded[at(rerun)] = 0;
      ++counts.rerun[at(rerun)];
    }
  }
}

std::unique_ptr<BatchEngine::State> make_kernel(const StressPlan& plan, int width) {
  const std::vector<int> runnable = BatchEngine::widths();
  if (width == 0) width = runnable.front();
  if (std::find(runnable.begin(), runnable.end(), width) == runnable.end())
    throw std::invalid_argument("this machine cannot step " + std::to_string(width) + " runs together");
  switch (width) {
    case 16:
      return std::make_unique<Kernel<16>>(plan);
    case 8:
      return std::make_unique<Kernel<8>>(plan);
    default:
      return std::make_unique<Kernel<4>>(plan);
  }
}

}  // namespace

std::vector<int> BatchEngine::widths() {
  std::vector<int> runnable;
#if FAULTLINE_X86_WIDTHS
  if (__builtin_cpu_supports("x86-64-v4")) runnable.push_back(16);
  if (__builtin_cpu_supports("x86-64-v3")) runnable.push_back(8);
#endif
  runnable.push_back(4);
  return runnable;
}

BatchEngine::BatchEngine(const StressPlan& plan, int width) : state_(make_kernel(plan, width)) {}

BatchEngine::BoundCounts BatchEngine::bound_counts() const {
  return state_->counts;
}

void BatchEngine::verify_bounds(bool on) {
  state_->verify = on;
}

BatchEngine::~BatchEngine() = default;
BatchEngine::BatchEngine(BatchEngine&&) noexcept = default;

void BatchEngine::simulate(const DynamicsOptions& dynamics, const AlignmentOptions& options,
                           std::uint64_t seed, std::uint64_t first_run, int runs,
                           std::span<TieOutcome> outcomes) {
  state_->simulate(dynamics, options, seed, first_run, runs, outcomes);
}

}  // namespace faultline
