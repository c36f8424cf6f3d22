#include "faultline/analysis/timeline.hpp"

#include <fmt/format.h>
#include <algorithm>

#include "faultline/model/error.hpp"

namespace faultline {

namespace {

template <typename Item>
Item& must_find(std::vector<Item>& items, std::string_view id, std::string_view what) {
  auto it = std::find_if(items.begin(), items.end(), [&](const Item& item) { return item.id == id; });
  if (it == items.end()) throw Error(fmt::format("event names unknown {} '{}'", what, id));
  return *it;
}

bool same_pair(const std::array<std::string, 2>& pair, const std::string& a, const std::string& b) {
  return (pair[0] == a && pair[1] == b) || (pair[0] == b && pair[1] == a);
}

struct EffectApplier {
  Scenario& scenario;
  Date at;

  void operator()(const FlowEffect& effect) const {
    for (Tie& tie : scenario.ties) {
      for (Flow& flow : tie.flows) {
        if (flow.from != effect.from || flow.to != effect.to) continue;
        if (effect.value) flow.value.value = clamp_flow(effect.value->applied_to(flow.value.value));
        if (effect.cost) flow.cost.value = clamp_flow(effect.cost->applied_to(flow.cost.value));
        return;
      }
    }
    throw Error(fmt::format("event names a flow {} -> {} that no tie has", effect.from, effect.to));
  }

  void operator()(const StanceEffect& effect) const {
    Actor& actor = must_find(scenario.actors, effect.actor, "actor");
    auto& stances = effect.kind == TopicKind::dimension ? actor.values : actor.issues;
    auto it = stances.find(effect.topic);
    if (it == stances.end()) {
      // An actor may take up a topic it held no stance on: it starts neutral and indifferent.
      it = stances.emplace(effect.topic, Stance{{0.0, scenario.defaults.sd}, {0.0, scenario.defaults.sd}})
               .first;
    }
    if (effect.position)
      it->second.position.value = clamp_position(effect.position->applied_to(it->second.position.value));
    if (effect.salience)
      it->second.salience.value = clamp_salience(effect.salience->applied_to(it->second.salience.value));
  }

  void operator()(const RelationEffect& effect) const {
    for (Relation& relation : scenario.relations) {
      if (same_pair(relation.between, effect.between[0], effect.between[1])) {
        relation.sign.value = clamp_sign(effect.sign.applied_to(relation.sign.value));
        return;
      }
    }
    scenario.relations.push_back(
        {effect.between, {clamp_sign(effect.sign.applied_to(0.0)), scenario.defaults.sd}});
  }

  void operator()(const ThresholdEffect& effect) const {
    Actor& actor = must_find(scenario.actors, effect.actor, "actor");
    actor.threshold.value = effect.threshold.applied_to(actor.threshold.value);
  }

  void operator()(const RevealEffect& effect) const {
    // Every perception of `actor` on the topic becomes the truth: the perception is dropped (truth is the
    // default).
    for (Actor& observer : scenario.actors) {
      auto perceived = observer.perceives.find(effect.actor);
      if (perceived != observer.perceives.end()) perceived->second.erase(effect.topic);
    }
  }

  void operator()(const TieEndEffect& effect) const {
    for (Tie& tie : scenario.ties) {
      if (same_pair(tie.between, effect.between[0], effect.between[1])) {
        if (!tie.ended) tie.ended = at;
        return;
      }
    }
    throw Error(fmt::format("event ends a tie {}–{} the scenario does not have", effect.between[0],
                            effect.between[1]));
  }
};

}  // namespace

void apply_effect(Scenario& scenario, const Effect& effect, Date at) {
  std::visit(EffectApplier{scenario, at}, effect);
}

Scenario state_as_of(const Scenario& scenario, Date as_of) {
  Scenario state = scenario;
  std::vector<const Event*> due;
  for (const Event& event : scenario.events) {
    if (event.at <= as_of) due.push_back(&event);
  }
  std::stable_sort(due.begin(), due.end(), [](const Event* x, const Event* y) { return x->at < y->at; });
  for (const Event* event : due) {
    for (const Effect& effect : event->effects) apply_effect(state, effect, event->at);
  }
  state.events.clear();  // applied ones are part of the state now; later ones were not known yet
  return state;
}

}  // namespace faultline
