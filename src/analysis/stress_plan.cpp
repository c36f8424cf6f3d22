#include "faultline/analysis/stress_plan.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>

#include "faultline/analysis/timeline.hpp"
#include "faultline/model/error.hpp"

namespace faultline {

Date StressPlan::date_of_step(int step) const noexcept {
  return add_days(start, static_cast<int>(std::lround(step * step_days)));
}

int StressPlan::step_of(Date date) const noexcept {
  const int days = days_between(start, date);
  if (days <= 0) return 0;
  return static_cast<int>(std::ceil(days / step_days - 1e-9));
}

bool StressPlan::step_changes_relations(int step) const noexcept {
  const int end = op_begin[static_cast<std::size_t>(step + 1)];
  for (int i = op_begin[static_cast<std::size_t>(step)]; i < end; ++i) {
    const int slot = ops[static_cast<std::size_t>(i)].slot;
    if (slot >= layout.relation && slot < layout.relation + layout.actors * layout.actors) return true;
  }
  return false;
}

namespace {

// Builds a plan from a scenario: ids become indices, fields become slots.
class PlanCompiler {
 public:
  PlanCompiler(const Scenario& scenario, Date start, Date horizon) : scenario_(scenario) {
    plan_.scenario = scenario.id;
    plan_.start = start;
    plan_.step_days = scenario.time.step_days > 0.0 ? scenario.time.step_days : 7.0;
    plan_.steps = std::max(0, plan_.step_of(horizon));
    for (const Topic& topic : scenario.dimensions) topic_ids_.push_back({TopicKind::dimension, topic.id});
    for (const Topic& topic : scenario.issues) topic_ids_.push_back({TopicKind::issue, topic.id});
    lay_out();
  }

  StressPlan compile(std::span<const Pressure> pressures) {
    declare_stances();
    declare_flows();
    declare_relations();
    declare_actors();
    declare_ties();
    compile_events();
    for (const Pressure& pressure : pressures) {
      const int step = pressure.at ? plan_.step_of(*pressure.at) : 0;
      if (step > plan_.steps) continue;
      cause_ = static_cast<int>(plan_.causes.size());
      plan_.causes.push_back("pressure: " + (pressure.what.empty() ? pressure.id : pressure.what));
      for (const Effect& effect : pressure.effects) compile_effect(effect, step);
    }
    index_ops();
    index_touches();
    return std::move(plan_);
  }

 private:
  struct TopicId {
    TopicKind kind;
    std::string id;
  };

  void lay_out() {
    PlanLayout& layout = plan_.layout;
    layout.actors = static_cast<int>(scenario_.actors.size());
    layout.topics = static_cast<int>(topic_ids_.size());
    layout.dimensions = static_cast<int>(scenario_.dimensions.size());
    for (const Tie& tie : scenario_.ties) {
      const int a = actor_index(tie.between[0]);
      const int b = actor_index(tie.between[1]);
      for (auto [observer, target] : {std::pair{a, b}, std::pair{b, a}}) {
        if (!pairs_.contains({observer, target})) {
          const int pair = static_cast<int>(pairs_.size());
          pairs_[{observer, target}] = pair;
        }
      }
      layout.flows += static_cast<int>(tie.flows.size());
    }
    layout.pairs = static_cast<int>(pairs_.size());
    const int stances = layout.actors * layout.topics;
    const int perceptions = layout.pairs * layout.topics;
    int next = 0;
    const auto take = [&next](int count) {
      const int offset = next;
      next += count;
      return offset;
    };
    layout.position = take(stances);
    layout.salience = take(stances);
    layout.held = take(stances);
    layout.perceived = take(perceptions);
    layout.has_perception = take(perceptions);
    layout.flow_value = take(layout.flows);
    layout.flow_cost = take(layout.flows);
    layout.relation = take(layout.actors * layout.actors);
    layout.capability = take(layout.actors);
    layout.threshold = take(layout.actors);
    layout.volatility = take(layout.actors);
    layout.size = next;
    plan_.declared.assign(static_cast<std::size_t>(layout.size), 0.0);
  }

  int actor_index(const std::string& id) const {
    for (std::size_t i = 0; i < scenario_.actors.size(); ++i) {
      if (scenario_.actors[i].id == id) return static_cast<int>(i);
    }
    throw Error(fmt::format("the stress plan names unknown actor '{}'", id));
  }

  int topic_index(TopicKind kind, const std::string& id) const {
    for (std::size_t i = 0; i < topic_ids_.size(); ++i) {
      if (topic_ids_[i].kind == kind && topic_ids_[i].id == id) return static_cast<int>(i);
    }
    throw Error(fmt::format("the stress plan names unknown {} '{}'", to_string(kind), id));
  }

  // Any kind: perceptions name a dimension or an issue by id alone.
  std::optional<int> topic_index_any(const std::string& id) const {
    for (std::size_t i = 0; i < topic_ids_.size(); ++i) {
      if (topic_ids_[i].id == id) return static_cast<int>(i);
    }
    return std::nullopt;
  }

  void declare(int slot, const Uncertain& input, SlotClamp clamp, int mirror = -1) {
    const double value = clamp_slot(clamp, input.value);
    plan_.declared[static_cast<std::size_t>(slot)] = value;
    if (mirror >= 0) plan_.declared[static_cast<std::size_t>(mirror)] = value;
    if (input.sd > 0.0) plan_.samples.push_back({slot, mirror, input.value, input.sd, clamp});
  }

  void declare_stances() {
    const PlanLayout& layout = plan_.layout;
    for (int a = 0; a < layout.actors; ++a) {
      const Actor& actor = scenario_.actors[static_cast<std::size_t>(a)];
      for (int t = 0; t < layout.topics; ++t) {
        const TopicId& topic = topic_ids_[static_cast<std::size_t>(t)];
        const auto& stances = topic.kind == TopicKind::dimension ? actor.values : actor.issues;
        const auto stance = stances.find(topic.id);
        if (stance == stances.end()) continue;
        plan_.declared[static_cast<std::size_t>(layout.stance(layout.held, a, t))] = 1.0;
        declare(layout.stance(layout.position, a, t), stance->second.position, SlotClamp::position);
        declare(layout.stance(layout.salience, a, t), stance->second.salience, SlotClamp::salience);
      }
    }
    for (const auto& [pair_actors, pair] : pairs_) {
      const auto [observer, target] = pair_actors;
      const Actor& actor = scenario_.actors[static_cast<std::size_t>(observer)];
      const auto perceptions = actor.perceives.find(scenario_.actors[static_cast<std::size_t>(target)].id);
      if (perceptions == actor.perceives.end()) continue;
      for (const auto& [topic_id, believed] : perceptions->second) {
        const auto t = topic_index_any(topic_id);
        if (!t) continue;
        const int has = layout.perception(layout.has_perception, pair, *t);
        plan_.declared[static_cast<std::size_t>(has)] = 1.0;
        declare(layout.perception(layout.perceived, pair, *t), believed, SlotClamp::position);
        plan_.perceptions.push_back({layout.perception(layout.perceived, pair, *t), has,
                                     layout.stance(layout.position, target, *t),
                                     layout.stance(layout.salience, observer, *t)});
      }
    }
  }

  void declare_flows() {
    const PlanLayout& layout = plan_.layout;
    int f = 0;
    for (const Tie& tie : scenario_.ties) {
      for (const Flow& flow : tie.flows) {
        declare(layout.flow_value + f, flow.value, SlotClamp::flow);
        declare(layout.flow_cost + f, flow.cost, SlotClamp::flow);
        plan_.flow_slots.push_back(layout.flow_value + f);
        plan_.flow_slots.push_back(layout.flow_cost + f);
        flows_.push_back(&flow);
        ++f;
      }
    }
  }

  void declare_relations() {
    const PlanLayout& layout = plan_.layout;
    std::vector<bool> seen(static_cast<std::size_t>(layout.actors * layout.actors), false);
    for (const Relation& relation : scenario_.relations) {
      const auto a = find_actor(relation.between[0]);
      const auto b = find_actor(relation.between[1]);
      if (!a || !b) continue;
      const int slot = layout.relation_slot(*a, *b);
      // The first declaration of a pair counts, as Scenario::relation_sign reads it.
      if (seen[static_cast<std::size_t>(slot - layout.relation)]) continue;
      seen[static_cast<std::size_t>(slot - layout.relation)] = true;
      seen[static_cast<std::size_t>(layout.relation_slot(*b, *a) - layout.relation)] = true;
      declare(slot, relation.sign, SlotClamp::sign, layout.relation_slot(*b, *a));
    }
  }

  void declare_actors() {
    const PlanLayout& layout = plan_.layout;
    for (int a = 0; a < layout.actors; ++a) {
      const Actor& actor = scenario_.actors[static_cast<std::size_t>(a)];
      declare(layout.capability + a, actor.capability, SlotClamp::flow);
      declare(layout.threshold + a, actor.threshold, SlotClamp::none);
      declare(layout.volatility + a, actor.temperament.volatility, SlotClamp::salience);
    }
  }

  std::optional<int> find_actor(const std::string& id) const {
    for (std::size_t i = 0; i < scenario_.actors.size(); ++i) {
      if (scenario_.actors[i].id == id) return static_cast<int>(i);
    }
    return std::nullopt;
  }

  int label(const std::string& what, const std::string& cause = {}) {
    const TriggerLabel wanted{what, cause};
    auto it = std::find(plan_.trigger_labels.begin(), plan_.trigger_labels.end(), wanted);
    if (it != plan_.trigger_labels.end()) return static_cast<int>(it - plan_.trigger_labels.begin());
    plan_.trigger_labels.push_back(wanted);
    return static_cast<int>(plan_.trigger_labels.size()) - 1;
  }

  static bool touches(const PlanOp& op, std::span<const int> slots) {
    for (int slot : slots) {
      if (op.slot == slot || op.mirror == slot || op.salience_slot == slot) return true;
    }
    return false;
  }

  // For every component, the operations that change it, so a trigger can name the event behind it.
  void index_touches() {
    for (PlanTie& tie : plan_.ties) {
      for (PlanSide& side : tie.sides) {
        for (PlanComponent& part : side.components) {
          part.touch_begin = static_cast<int>(plan_.component_touches.size());
          const std::span<const int> slots{plan_.component_slots.data() + part.slot_begin,
                                           static_cast<std::size_t>(part.slot_end - part.slot_begin)};
          for (std::size_t j = 0; j < plan_.ops.size(); ++j) {
            const PlanOp& op = plan_.ops[j];
            if (op.cause < 0 || !touches(op, slots)) continue;
            const std::string& cause = plan_.causes[static_cast<std::size_t>(op.cause)];
            ComponentTouch touch{
                static_cast<int>(j),
                label(plan_.trigger_labels[static_cast<std::size_t>(part.label)].what, cause), -1};
            if (part.reveal_label >= 0)
              touch.reveal_label =
                  label(plan_.trigger_labels[static_cast<std::size_t>(part.reveal_label)].what, cause);
            plan_.component_touches.push_back(touch);
          }
          part.touch_end = static_cast<int>(plan_.component_touches.size());
        }
      }
    }
  }

  PlanComponent component(int label_index, std::initializer_list<int> slots) {
    PlanComponent part;
    part.label = label_index;
    part.slot_begin = static_cast<int>(plan_.component_slots.size());
    plan_.component_slots.insert(plan_.component_slots.end(), slots);
    part.slot_end = static_cast<int>(plan_.component_slots.size());
    return part;
  }

  std::vector<TopicSlots> topic_slots(const PlanSide& side) const {
    const PlanLayout& layout = plan_.layout;
    std::vector<TopicSlots> slots;
    for (int t = 0; t < layout.topics; ++t) {
      slots.push_back({.held_self = layout.stance(layout.held, side.actor, t),
                       .held_partner = layout.stance(layout.held, side.partner, t),
                       .salience = layout.stance(layout.salience, side.actor, t),
                       .own = layout.stance(layout.position, side.actor, t),
                       .partner = layout.stance(layout.position, side.partner, t),
                       .perceived = layout.perception(layout.perceived, side.pair, t),
                       .misperceives = layout.perception(layout.has_perception, side.pair, t)});
    }
    return slots;
  }

  // The components of one side's worth: each topic, each flow of the tie, the common threat, the threshold.
  std::vector<PlanComponent> components_of(const PlanTie& tie, const PlanSide& side, int first_flow) {
    const PlanLayout& layout = plan_.layout;
    std::vector<PlanComponent> parts;
    const std::string& partner = scenario_.actors[static_cast<std::size_t>(side.partner)].id;
    for (int t = 0; t < layout.topics; ++t) {
      const TopicId& topic = topic_ids_[static_cast<std::size_t>(t)];
      const TopicSlots& slots = side.topics[static_cast<std::size_t>(t)];
      const int has = slots.misperceives;
      PlanComponent part = component(label(fmt::format("{}:{}", to_string(topic.kind), topic.id)),
                                     {slots.own, slots.salience, slots.held_self, slots.partner,
                                      slots.held_partner, slots.perceived, has});
      if (plan_.declared[static_cast<std::size_t>(has)] > 0.0) {
        part.reveal_label = label(fmt::format("reveal:{}.{}", partner, topic.id));
        part.has_perception = has;
      }
      parts.push_back(part);
    }
    for (std::size_t i = 0; i < tie.flows.size(); ++i) {
      const int f = first_flow + static_cast<int>(i);
      const Flow& flow = *flows_[static_cast<std::size_t>(f)];
      parts.push_back(component(label(fmt::format("flow:{}->{}", flow.from, flow.to)),
                                {layout.flow_value + f, layout.flow_cost + f}));
    }
    PlanComponent threat = component(label("threat"), {});
    for (int c : tie.third_actors) {
      plan_.component_slots.push_back(layout.relation_slot(side.actor, c));
      plan_.component_slots.push_back(layout.relation_slot(side.partner, c));
    }
    threat.slot_end = static_cast<int>(plan_.component_slots.size());
    parts.push_back(threat);
    PlanComponent threshold = component(label("threshold"), {layout.threshold + side.actor});
    threshold.is_threshold = true;
    parts.push_back(threshold);
    return parts;
  }

  void declare_ties() {
    const PlanLayout& layout = plan_.layout;
    std::vector<bool> member(static_cast<std::size_t>(layout.actors), false);
    int first_flow = 0;
    for (const Tie& tie : scenario_.ties) {
      PlanTie planned;
      planned.between = tie.between;
      const int a = actor_index(tie.between[0]);
      const int b = actor_index(tie.between[1]);
      member[static_cast<std::size_t>(a)] = member[static_cast<std::size_t>(b)] = true;
      planned.sides[0] = {a, b, pairs_.at({a, b}), {}};
      planned.sides[1] = {b, a, pairs_.at({b, a}), {}};
      for (std::size_t i = 0; i < tie.flows.size(); ++i) {
        const Flow& flow = tie.flows[i];
        // A flow's value goes to its receiver; its giver pays the cost (flows between others count for
        // neither).
        const int receiver = flow.to == tie.between[0] ? 0 : (flow.to == tie.between[1] ? 1 : -1);
        planned.flows.push_back({first_flow + static_cast<int>(i), receiver});
      }
      for (int c = 0; c < layout.actors; ++c) {
        if (c != a && c != b) planned.third_actors.push_back(c);
      }
      planned.censor_step = plan_.steps + 1;
      if (tie.ended) {
        planned.censor_step = 0;
        planned.observed_end = tie.ended;
      }
      for (PlanSide& side : planned.sides) {
        side.topics = topic_slots(side);
        side.components = components_of(planned, side, first_flow);  // reads the topics' slots
      }
      first_flow += static_cast<int>(tie.flows.size());
      plan_.ties.push_back(std::move(planned));
    }
    for (int a = 0; a < layout.actors; ++a) {
      if (!member[static_cast<std::size_t>(a)]) continue;
      for (int t = 0; t < layout.topics; ++t)
        plan_.walk_slots.push_back(layout.stance(layout.salience, a, t));
    }
  }

  void compile_events() {
    std::vector<const Event*> due;
    for (const Event& event : scenario_.events) due.push_back(&event);
    std::stable_sort(due.begin(), due.end(), [](const Event* x, const Event* y) { return x->at < y->at; });
    for (const Event* event : due) {
      const int step = plan_.step_of(event->at);
      if (step > plan_.steps) continue;
      cause_ = static_cast<int>(plan_.causes.size());
      plan_.causes.push_back(event->what);
      for (const Effect& effect : event->effects) compile_effect(effect, step, event->at);
    }
  }

  void change_op(int step, int slot, const Change& change, SlotClamp clamp, int mirror = -1) {
    PlanOp op;
    op.step = step;
    op.kind = PlanOp::Kind::change;
    op.clamp = clamp;
    op.slot = slot;
    op.mirror = mirror;
    op.change = change;
    op.cause = cause_;
    plan_.ops.push_back(op);
  }

  // The same meaning as timeline.cpp's apply_effect, expressed on slots.
  void compile_effect(const Effect& effect, int step, std::optional<Date> at = std::nullopt) {
    const PlanLayout& layout = plan_.layout;
    if (const auto* flow = std::get_if<FlowEffect>(&effect)) {
      const auto it = std::find_if(flows_.begin(), flows_.end(), [&](const Flow* candidate) {
        return candidate->from == flow->from && candidate->to == flow->to;
      });
      if (it == flows_.end())
        throw Error(fmt::format("event names a flow {} -> {} that no tie has", flow->from, flow->to));
      const int f = static_cast<int>(it - flows_.begin());
      if (flow->value) change_op(step, layout.flow_value + f, *flow->value, SlotClamp::flow);
      if (flow->cost) change_op(step, layout.flow_cost + f, *flow->cost, SlotClamp::flow);
    } else if (const auto* stance = std::get_if<StanceEffect>(&effect)) {
      const int a = actor_index(stance->actor);
      const int t = topic_index(stance->kind, stance->topic);
      PlanOp take_up;
      take_up.step = step;
      take_up.kind = PlanOp::Kind::take_up;
      take_up.slot = layout.stance(layout.held, a, t);
      take_up.mirror = layout.stance(layout.position, a, t);
      take_up.salience_slot = layout.stance(layout.salience, a, t);
      take_up.cause = cause_;
      plan_.ops.push_back(take_up);
      if (stance->position)
        change_op(step, layout.stance(layout.position, a, t), *stance->position, SlotClamp::position);
      if (stance->salience)
        change_op(step, layout.stance(layout.salience, a, t), *stance->salience, SlotClamp::salience);
    } else if (const auto* relation = std::get_if<RelationEffect>(&effect)) {
      const auto a = find_actor(relation->between[0]);
      const auto b = find_actor(relation->between[1]);
      if (!a || !b) return;  // a relation to someone outside the scenario moves no worth
      change_op(step, layout.relation_slot(*a, *b), relation->sign, SlotClamp::sign,
                layout.relation_slot(*b, *a));
    } else if (const auto* threshold = std::get_if<ThresholdEffect>(&effect)) {
      change_op(step, layout.threshold + actor_index(threshold->actor), threshold->threshold,
                SlotClamp::none);
    } else if (const auto* reveal = std::get_if<RevealEffect>(&effect)) {
      const int target = actor_index(reveal->actor);
      const int t = topic_index(reveal->kind, reveal->topic);
      for (const auto& [pair_actors, pair] : pairs_) {
        if (pair_actors.second != target) continue;
        PlanOp op;
        op.step = step;
        op.kind = PlanOp::Kind::reveal;
        op.slot = layout.perception(layout.has_perception, pair, t);
        op.cause = cause_;
        plan_.ops.push_back(op);
      }
    } else if (const auto* end = std::get_if<TieEndEffect>(&effect)) {
      for (std::size_t i = 0; i < scenario_.ties.size(); ++i) {
        const auto& between = scenario_.ties[i].between;
        const bool same = (between[0] == end->between[0] && between[1] == end->between[1]) ||
                          (between[0] == end->between[1] && between[1] == end->between[0]);
        if (!same) continue;
        PlanTie& tie = plan_.ties[i];
        if (step < tie.censor_step) {
          tie.censor_step = step;
          tie.observed_end = at;
        }
        return;
      }
      throw Error(
          fmt::format("event ends a tie {}–{} the scenario does not have", end->between[0], end->between[1]));
    }
  }

  void index_ops() {
    std::stable_sort(plan_.ops.begin(), plan_.ops.end(),
                     [](const PlanOp& x, const PlanOp& y) { return x.step < y.step; });
    plan_.op_begin.assign(static_cast<std::size_t>(plan_.steps + 2), 0);
    std::size_t i = 0;
    for (int step = 0; step <= plan_.steps + 1; ++step) {
      while (i < plan_.ops.size() && plan_.ops[i].step < step) ++i;
      plan_.op_begin[static_cast<std::size_t>(step)] = static_cast<int>(i);
    }
  }

  const Scenario& scenario_;
  StressPlan plan_;
  std::vector<TopicId> topic_ids_;
  std::map<std::pair<int, int>, int> pairs_;
  std::vector<const Flow*> flows_;
  int cause_ = -1;  // the event or pressure being compiled
};

}  // namespace

StressPlan compile_stress_plan(const Scenario& scenario, Date start, Date horizon,
                               std::span<const Pressure> pressures) {
  return PlanCompiler(scenario, start, horizon).compile(pressures);
}

}  // namespace faultline
