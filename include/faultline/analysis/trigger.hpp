#pragma once
// A side's worth from its topics, and the trigger analysis of a fracture, written once for one run (float,
// read through a SlotView) and for every lane of a batch at once (GCC/Clang vectors of floats, read from
// the batched engine's slot-major lane vectors). Each lane computes exactly the scalar arithmetic, so both
// stress paths name the same trigger for the same run (docs/stress.md).

#include <span>

#include "faultline/analysis/alignment_options.hpp"
#include "faultline/analysis/lanes.hpp"
#include "faultline/analysis/stress_plan.hpp"
#include "faultline/analysis/worth.hpp"

namespace faultline::topic_terms {

// The side's view of topic `t` in `values` (anything that gives an `F` for a slot index): its salience where
// both sides hold the topic (0 elsewhere, which leaves the topic out of the kernels' sums exactly), its own
// position, and what it believes the partner holds.
template <class F, class Values>
[[gnu::always_inline]] inline void topic_view(const PlanSide& self, int t, const Values& values, F& salience,
                                              F& own, F& perceived) noexcept {
  const TopicSlots& slots = self.topics[static_cast<std::size_t>(t)];
  const F both_hold = values[slots.held_self] * values[slots.held_partner];
  salience = both_hold * values[slots.salience];
  own = values[slots.own];
  perceived = values[slots.misperceives] > 0.0F ? values[slots.perceived] : values[slots.partner];
}

// Every topic's view, into `salience`, `own` and `perceived` ([topic] each).
template <class F>
struct TopicViews {
  std::span<F> salience;
  std::span<F> own;
  std::span<F> perceived;
};

template <class F, class Values>
[[gnu::always_inline]] inline void fill_topics(const PlanLayout& layout, const PlanSide& self,
                                               const Values& values, const TopicViews<F>& views) noexcept {
  for (int t = 0; t < layout.topics; ++t) {
    const auto k = static_cast<std::size_t>(t);
    topic_view(self, t, values, views.salience[k], views.own[k], views.perceived[k]);
  }
}

// The sums behind value agreement and issue divergence over the topic views, with the alignment analysis's
// per-topic kernels in its order (worth.hpp). Kept apart, they let the trigger analysis put one topic back as
// it was by swapping its term instead of summing every topic again.
template <class F>
struct TopicSums {
  F weighted{};        // Σ s·(1 − |x − y|) over the dimensions
  F total_salience{};  // Σ s over the dimensions
  F divergence{};      // Σ s·|x − y| over the issues

  [[nodiscard]] F agreement() const noexcept { return worth::agreement_ratio(weighted, total_salience); }
};

template <class F>
[[gnu::always_inline]] inline TopicSums<F> topic_sums(const PlanLayout& layout,
                                                      const TopicViews<F>& views) noexcept {
  TopicSums<F> sums;
  for (int t = 0; t < layout.topics; ++t) {
    const auto k = static_cast<std::size_t>(t);
    const F salience = views.salience[k];
    if (t < layout.dimensions) {
      sums.weighted += worth::agreement_term(salience, views.own[k], views.perceived[k]);
      sums.total_salience += salience;
    } else {
      sums.divergence += worth::divergence_term(salience, views.own[k], views.perceived[k]);
    }
  }
  return sums;
}

// Value received − cost given over the tie's flows, as the alignment analysis counts it; flow `replaced` (if
// any) is read from `replacement` instead.
template <class F, class Values>
[[gnu::always_inline]] inline F side_exchange(const PlanLayout& layout, const PlanTie& tie, int side,
                                              const Values& values, int replaced = -1,
                                              const Values* replacement = nullptr) noexcept {
  return tie.exchange<F>(layout, side, [&](int slot, int flow) -> F {
    return replacement != nullptr && flow == replaced ? (*replacement)[slot] : values[slot];
  });
}

template <class F, class Values>
[[gnu::always_inline]] inline F side_power(const PlanLayout& layout, const PlanSide& self,
                                           const Values& values) noexcept {
  return worth::power_asymmetry<F>(values[layout.capability + self.actor],
                                   values[layout.capability + self.partner]);
}

// The trigger labels of a component: the one it names in a run that did not reveal its perception, and the
// one in a run that did. The last operation up to `step` that changed the component names its cause.
struct ComponentLabels {
  int kept = -1;
  int revealed = -1;
};

inline ComponentLabels labels_of(const StressPlan& plan, const PlanComponent& part, int step) noexcept {
  ComponentLabels labels{part.label, part.reveal_label};
  const int applied = plan.op_begin[static_cast<std::size_t>(step + 1)];
  for (int k = part.touch_end - 1; k >= part.touch_begin; --k) {
    const ComponentTouch& touch = plan.component_touches[static_cast<std::size_t>(k)];
    if (touch.op >= applied) continue;
    labels = {touch.label, touch.reveal_label >= 0 ? touch.reveal_label : touch.label};
    break;
  }
  return labels;
}

// The component whose change since the run's start (`start`) pushed side `side`'s worth in `now` down most,
// per lane: an index into the side's components, or -1 when no change lowered worth. `threat_now` and
// `threat_then` are the side's common threat in `now` and in `start`; `views` is scratch for the topics. No
// branch depends on a lane: every component's effect is computed in every lane and the worst kept by
// selects, so that the effects, which are independent, overlap (trigger_label names the winner's label).
template <class F, class Values>
[[gnu::always_inline]] inline lanes::Like<std::int32_t, F> worst_component(
    const StressPlan& plan, const AlignmentOptions& options, const PlanTie& tie, int side, const Values& now,
    const Values& start, F threat_now, F threat_then, const TopicViews<F>& views) noexcept {
  using Indices = lanes::Like<std::int32_t, F>;
  const PlanLayout& layout = plan.layout;
  const PlanSide& self = tie.sides[static_cast<std::size_t>(side)];
  // Worth now, and each term kept so that one component at a time can be put back as it was at the start.
  fill_topics(layout, self, now, views);
  const TopicSums<F> sums = topic_sums(layout, views);
  const F agreement_now = sums.agreement();
  const F divergence_now = sums.divergence;
  const F exchange_now = side_exchange<F>(layout, tie, side, now);
  const F power_now = side_power<F>(layout, self, now);
  const auto worth_with = [&](F agreement, F exchange, F threat, F divergence) {
    return worth::terms(options, agreement, exchange, threat, power_now, divergence).total();
  };
  const F worth_now = worth_with(agreement_now, exchange_now, threat_now, divergence_now);

  Indices worst_index = Indices{} - 1;
  F worst{};  // only a change that lowered worth can be the trigger
  int topic = 0;
  int flow = 0;
  for (int c = 0; c < static_cast<int>(self.components.size()); ++c) {
    const PlanComponent& part = self.components[static_cast<std::size_t>(c)];
    // Components come in plan order: the topics, the tie's flows, the threat, the threshold.
    F effect{};
    if (part.is_threshold) {
      const int slot = plan.component_slots[static_cast<std::size_t>(part.slot_begin)];
      effect = start[slot] - now[slot];  // a raised threshold acts as lost worth
    } else if (topic < layout.topics) {
      // The topic as it was at the start, swapped into the sums; a topic that has not changed changed
      // nothing.
      const int t = topic++;
      const auto k = static_cast<std::size_t>(t);
      const F salience = views.salience[k];
      const F own = views.own[k];
      const F perceived = views.perceived[k];
      F salience_then{};
      F own_then{};
      F perceived_then{};
      topic_view(self, t, start, salience_then, own_then, perceived_then);
      // Whether any of the three differs, as one comparison: GCC 12 takes comparisons joined by | apart lane
      // by lane (lanes::apart). Two finite floats differ exactly when their difference is not 0 (a NaN, which
      // no slot holds, would count as no change).
      const F difference = lanes::magnitude(salience_then - salience) + lanes::magnitude(own_then - own) +
                           lanes::magnitude(perceived_then - perceived);
      F agreement = agreement_now;
      F divergence = divergence_now;
      if (t < layout.dimensions) {
        agreement = worth::agreement_ratio((sums.weighted - worth::agreement_term(salience, own, perceived)) +
                                               worth::agreement_term(salience_then, own_then, perceived_then),
                                           (sums.total_salience - salience) + salience_then);
      } else {
        divergence = (sums.divergence - worth::divergence_term(salience, own, perceived)) +
                     worth::divergence_term(salience_then, own_then, perceived_then);
      }
      effect =
          difference > 0.0F ? worth_now - worth_with(agreement, exchange_now, threat_now, divergence) : F{};
    } else if (flow < static_cast<int>(tie.flows.size())) {
      const F exchange =
          side_exchange<F>(layout, tie, side, now, tie.flows[static_cast<std::size_t>(flow++)].flow, &start);
      effect = worth_now - worth_with(agreement_now, exchange, threat_now, divergence_now);
    } else {
      // The common threat, from the relations at the start (capabilities never change within a run).
      effect = worth_now - worth_with(agreement_now, exchange_now, threat_then, divergence_now);
    }
    const auto better = effect < worst;
    worst = better ? effect : worst;
    worst_index = better ? Indices{} + c : worst_index;
  }
  return worst_index;
}

// The trigger label of one run whose worst component (worst_component) is `component`, -1 for none, at
// `step`: the label of the last operation up to then that changed the component, or the component's own, in
// its revealed form where the run has learnt the truth the component's perception hid at the start: its flag
// set in `start`, 0 in `now` (the run's slots, a float each).
template <class Values>
[[gnu::always_inline]] inline int trigger_label(const StressPlan& plan, const PlanSide& self, int component,
                                                int step, const Values& now, const Values& start) noexcept {
  if (component < 0) return -1;
  const PlanComponent& part = self.components[static_cast<std::size_t>(component)];
  const ComponentLabels labels = labels_of(plan, part, step);
  const int flag = part.has_perception;
  const bool revealed = flag >= 0 && start[flag] > 0.0F && now[flag] == 0.0F;
  return revealed ? labels.revealed : labels.kept;
}

}  // namespace faultline::topic_terms
