#pragma once
// The compiled form of a scenario for the stress engine: every quantity the dynamics touch becomes a slot in
// one flat array of doubles, events and pressures become operations on slots at step indices, and each tie
// side knows which slots make up its worth. Compiled once, then every Monte-Carlo run works on a copy of the
// flat state with no strings, maps or allocation (docs/stress.md).

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "faultline/analysis/timeline.hpp"
#include "faultline/model/scenario.hpp"

namespace faultline {

// The range a slot is kept in, as timeline.hpp defines it for each field.
enum class SlotClamp : std::uint8_t { none, position, salience, sign, flow };

// `F` is double, or a vector of doubles for a batch of runs.
template <class F>
[[nodiscard, gnu::always_inline]] inline F clamp_slot(SlotClamp clamp, F value) noexcept {
  switch (clamp) {
    case SlotClamp::position:
      return clamp_position(value);
    case SlotClamp::salience:
      return clamp_salience(value);
    case SlotClamp::sign:
      return clamp_sign(value);
    case SlotClamp::flow:
      return clamp_flow(value);
    case SlotClamp::none:
      break;
  }
  return value;
}

// Where each kind of quantity sits in the flat state. `pairs` are ordered (observer, target) pairs of tie
// partners: what the observer perceives the target to hold.
struct PlanLayout {
  int actors = 0;
  int topics = 0;      // dimensions first, then issues
  int dimensions = 0;  // topics [0, dimensions) are dimensions
  int pairs = 0;
  int flows = 0;
  int position = 0;        // [actors][topics]
  int salience = 0;        // [actors][topics]
  int held = 0;            // [actors][topics]: 1 when the actor holds a stance on the topic
  int perceived = 0;       // [pairs][topics]
  int has_perception = 0;  // [pairs][topics]: 1 while the observer misperceives (0: sees the truth)
  int flow_value = 0;      // [flows]
  int flow_cost = 0;       // [flows]
  int relation = 0;        // [actors][actors], symmetric
  int capability = 0;      // [actors]
  int threshold = 0;       // [actors]
  int volatility = 0;      // [actors]
  int size = 0;

  [[nodiscard]] int stance(int base, int actor, int topic) const noexcept {
    return base + actor * topics + topic;
  }
  [[nodiscard]] int perception(int base, int pair, int topic) const noexcept {
    return base + pair * topics + topic;
  }
  [[nodiscard]] int relation_slot(int a, int b) const noexcept { return relation + a * actors + b; }
};

// One sampled input: slot (and its mirror, for symmetric relations) ← clamp(value + sd · N(0, 1)).
struct PlanSample {
  int slot = 0;
  int mirror = -1;
  double value = 0.0;
  double sd = 0.0;
  SlotClamp clamp = SlotClamp::none;

  // The input for the standard normal draw `normal` with every sd scaled by `sd_scale`, in the run's single
  // precision (a float, or a vector of floats for a batch of runs).
  template <class F>
  [[nodiscard, gnu::always_inline]] F drawn(double sd_scale, F normal) const noexcept {
    return clamp_slot(clamp, static_cast<float>(value) + static_cast<float>(sd_scale * sd) * normal);
  }
};

// An event's or pressure's effect on the flat state, at a step.
struct PlanOp {
  enum class Kind : std::uint8_t {
    change,   // slot (and mirror) ← clamp(change applied to slot)
    take_up,  // an actor takes up a topic it held no stance on: held ← 1, position ← 0, salience ← 0
    reveal,   // slot (a has_perception flag) ← 0: the observer now sees the truth
  };
  int step = 0;
  Kind kind = Kind::change;
  SlotClamp clamp = SlotClamp::none;
  int slot = 0;
  int mirror = -1;         // change: the symmetric relation entry; take_up: the position slot
  int salience_slot = -1;  // take_up: the salience slot
  int cause = -1;          // index into StressPlan::causes: the event or pressure the operation comes from
  Change change;
};

// Applies `op` to the state whose slots `slot(index)` returns by reference (float& for one run, a lane
// vector for a batch): the one meaning of every operation, shared by both stress paths.
template <class F, class Slot>
[[gnu::always_inline]] inline void apply_op(const PlanOp& op, Slot slot) noexcept {
  F& target = slot(op.slot);
  switch (op.kind) {
    case PlanOp::Kind::change:
      target = clamp_slot(op.clamp, op.change.applied_to<F, lanes::Scalar<F>>(target));
      if (op.mirror >= 0) slot(op.mirror) = target;
      break;
    case PlanOp::Kind::take_up: {
      // As timeline.cpp: a stance taken up starts neutral and indifferent.
      const auto untaken = target == lanes::Scalar<F>{0};
      F& position = slot(op.mirror);
      F& salience = slot(op.salience_slot);
      position = untaken ? F{} : position;
      salience = untaken ? F{} : salience;
      target = untaken ? F{} + lanes::Scalar<F>{1} : target;
      break;
    }
    case PlanOp::Kind::reveal:
      target = F{};
      break;
  }
}

// A misperception the dynamics move towards the truth.
struct PlanPerception {
  int perceived = 0;
  int has_perception = 0;
  int truth = 0;              // the target's position slot
  int observer_salience = 0;  // how much the observer cares, which drives how fast it learns
};

// A trigger: the component of worth to blame and, when an event or pressure last changed it, that cause.
struct TriggerLabel {
  std::string what;   // `flow:trump->musk`, `issue:budget_bill`, `reveal:trump.fiscal`, `threat`, `threshold`
  std::string cause;  // the event's `what` (or `pressure: <id>`); empty when no operation changed it
  auto operator<=>(const TriggerLabel&) const = default;
};

// An operation that changes a component: from it on, the component's trigger names the operation's cause.
struct ComponentTouch {
  int op = 0;             // index into StressPlan::ops
  int label = 0;          // the component's label with the op's cause
  int reveal_label = -1;  // the same for a revealed perception
};

// A group of slots whose change since a run's start can be blamed for a fracture (docs/stress.md).
struct PlanComponent {
  int label = 0;            // index into StressPlan::trigger_labels
  int reveal_label = -1;    // used instead of `label` when the perception was revealed since the start
  int has_perception = -1;  // the perception flag that tells a revelation
  bool is_threshold = false;
  int slot_begin = 0;  // into StressPlan::component_slots
  int slot_end = 0;
  int touch_begin = 0;  // into StressPlan::component_touches, in op order
  int touch_end = 0;
};

// The slots a side reads for one topic: both stress paths take them from here.
struct TopicSlots {
  int held_self = 0;
  int held_partner = 0;
  int salience = 0;  // the side's own
  int own = 0;       // the side's position
  int partner = 0;   // the partner's position: the truth
  int perceived = 0;
  int misperceives = 0;  // the perception flag: 1 while the side believes `perceived`
};

struct PlanSide {
  int actor = 0;
  int partner = 0;
  int pair = 0;  // the (actor, partner) perception pair
  std::vector<PlanComponent> components;
  std::vector<TopicSlots> topics;  // [topic]
};

struct PlanFlow {
  int flow = 0;
  int receiver = 0;  // the side (0 or 1) the flow's value goes to; the other side pays its cost
};

struct PlanTie {
  std::array<std::string, 2> between;
  std::array<PlanSide, 2> sides;
  std::vector<PlanFlow> flows;

  // What side `side` gets from the tie's flows, as the alignment analysis counts it: the value of the flows
  // it receives less the cost of those it gives. `value(slot, flow)` reads a slot of the flow (a double for
  // one run, lanes for a batch).
  template <class F, class Read>
  [[nodiscard, gnu::always_inline]] F exchange(const PlanLayout& layout, int side, Read value) const {
    F total{};
    for (const PlanFlow& flow : flows) {
      if (flow.receiver == side) total += value(layout.flow_value + flow.flow, flow.flow);
      if (flow.receiver == 1 - side) total -= value(layout.flow_cost + flow.flow, flow.flow);
    }
    return total;
  }

  std::vector<int> third_actors;  // every other actor, in scenario order: the common-threat candidates
  int censor_step = 0;            // from this step on the tie has ended as observed; the forecast stops
  std::optional<Date> observed_end;
};

struct StressPlan {
  std::string scenario;
  Date start;
  double step_days = 7.0;
  int steps = 0;  // steps 1..steps follow the start (step 0)
  PlanLayout layout;
  std::vector<double> declared;  // every slot's declared value at the start
  std::vector<PlanSample> samples;
  std::vector<PlanOp> ops;      // by step; events in date order, then pressures
  std::vector<int> op_begin;    // the ops of step k are [op_begin[k], op_begin[k + 1])
  std::vector<int> walk_slots;  // saliences on the random walk (tie members only)
  std::vector<int> flow_slots;  // values and costs that decay
  std::vector<PlanPerception> perceptions;
  std::vector<PlanTie> ties;
  std::vector<int> component_slots;
  std::vector<ComponentTouch> component_touches;
  std::vector<TriggerLabel> trigger_labels;
  std::vector<std::string> causes;  // what each operation comes from

  [[nodiscard]] double step_years() const noexcept { return step_days / days_per_year; }
  [[nodiscard]] Date date_of_step(int step) const noexcept;
  // The step whose interval (date_of_step(k − 1), date_of_step(k)] holds `date`; 0 on or before the start.
  [[nodiscard]] int step_of(Date date) const noexcept;
  // Whether the operations of `step` change a relation, which moves the common threat.
  [[nodiscard]] bool step_changes_relations(int step) const noexcept;
};

// Compiles `scenario` for a forecast from `start` to `horizon` (events dated after the horizon are dropped;
// events on or before the start apply at step 0). `pressures` strike at their `at` (the start when absent),
// after the events of the same step. Throws faultline::Error when an effect names what the scenario lacks.
[[nodiscard]] StressPlan compile_stress_plan(const Scenario& scenario, Date start, Date horizon,
                                             std::span<const Pressure> pressures = {});

}  // namespace faultline
