#include "faultline/analysis/dynamics.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

#include "faultline/analysis/hazard.hpp"
#include "faultline/analysis/timeline.hpp"
#include "faultline/analysis/trigger.hpp"

namespace faultline {

namespace {

std::size_t at(int slot) noexcept {
  return static_cast<std::size_t>(slot);
}

void apply_ops(const StressPlan& plan, int step, std::vector<float>& values) noexcept {
  const int end = plan.op_begin[at(step + 1)];
  const auto slot = [&values](int index) -> float& { return values[at(index)]; };
  for (int i = plan.op_begin[at(step)]; i < end; ++i) apply_op<float>(plan.ops[at(i)], slot);
}

// The scratch topic views of the reference path.
topic_terms::TopicViews<float> views_of(WorthScratch& scratch) noexcept {
  return {scratch.salience, scratch.own, scratch.perceived};
}

}  // namespace

WorthScratch make_worth_scratch(const StressPlan& plan) {
  WorthScratch scratch;
  const auto topics = at(plan.layout.topics);
  scratch.salience.assign(topics, 0.0F);
  scratch.own.assign(topics, 0.0F);
  scratch.perceived.assign(topics, 0.0F);
  const auto actors = at(plan.layout.actors);
  scratch.third_capability.assign(actors, 0.0F);
  scratch.sign_self.assign(actors, 0.0F);
  scratch.sign_partner.assign(actors, 0.0F);
  return scratch;
}

RunState make_run_state(const StressPlan& plan) {
  RunState state;
  state.values.assign(plan.declared.size(), 0.0F);
  state.start.assign(plan.declared.size(), 0.0F);
  state.threat.assign(2 * plan.ties.size(), 0.0F);
  state.inverse_tau.assign(at(plan.layout.actors), 0.0F);
  state.cumulative_hazard.assign(plan.ties.size(), 0.0F);
  state.exit_level.assign(plan.ties.size(), 0.0F);
  state.leaver_draw.assign(plan.ties.size(), 0.0F);
  state.reveal_hazard.assign(plan.perceptions.size(), 0.0F);
  state.reveal_level.assign(plan.perceptions.size(), 0.0F);
  state.scratch = make_worth_scratch(plan);
  return state;
}

float side_threat(const StressPlan& plan, const PlanTie& tie, int side, SlotView values,
                  WorthScratch& scratch) {
  const PlanLayout& layout = plan.layout;
  const PlanSide& self = tie.sides[at(side)];
  const std::size_t thirds = tie.third_actors.size();
  for (std::size_t i = 0; i < thirds; ++i) {
    const int c = tie.third_actors[i];
    scratch.third_capability[i] = values[layout.capability + c];
    scratch.sign_self[i] = values[layout.relation_slot(self.actor, c)];
    scratch.sign_partner[i] = values[layout.relation_slot(self.partner, c)];
  }
  const float pair_capability =
      values[layout.capability + self.actor] + values[layout.capability + self.partner];
  return worth::common_threat(pair_capability, std::span<const float>(scratch.third_capability).first(thirds),
                              std::span<const float>(scratch.sign_self).first(thirds),
                              std::span<const float>(scratch.sign_partner).first(thirds));
}

RunTerms side_terms(const StressPlan& plan, const AlignmentOptions& options, const PlanTie& tie, int side,
                    SlotView values, WorthScratch& scratch) {
  return side_terms(plan, options, tie, side, values, scratch, side_threat(plan, tie, side, values, scratch));
}

RunTerms side_terms(const StressPlan& plan, const AlignmentOptions& options, const PlanTie& tie, int side,
                    SlotView values, WorthScratch& scratch, float common_threat) {
  const PlanLayout& layout = plan.layout;
  const PlanSide& self = tie.sides[at(side)];
  const topic_terms::TopicViews<float> views = views_of(scratch);
  topic_terms::fill_topics(layout, self, values, views);
  const topic_terms::TopicSums<float> sums = topic_terms::topic_sums(layout, views);
  return worth::terms(options, sums.agreement(), topic_terms::side_exchange<float>(layout, tie, side, values),
                      common_threat, topic_terms::side_power<float>(layout, self, values), sums.divergence);
}

double exit_rate(const DynamicsOptions& dynamics, double worth, double threshold,
                 double volatility) noexcept {
  return hazard::exit_rate(dynamics, worth, threshold, hazard::inverse_tau(dynamics, volatility));
}

float walk_step(const StressPlan& plan, const DynamicsOptions& dynamics) noexcept {
  return static_cast<float>(dynamics.salience_walk_sd * std::sqrt(plan.step_years()));
}

float flow_keep(const StressPlan& plan, const DynamicsOptions& dynamics) noexcept {
  if (dynamics.flow_half_life_years <= 0.0) return 1.0F;
  return static_cast<float>(std::exp2(-plan.step_years() / dynamics.flow_half_life_years));
}

namespace {

void refresh_threats(const StressPlan& plan, RunState& state) {
  for (std::size_t i = 0; i < plan.ties.size(); ++i) {
    for (int s = 0; s < 2; ++s)
      state.threat[2 * i + at(s)] = side_threat(plan, plan.ties[i], s, state.now(), state.scratch);
  }
}

}  // namespace

void start_run(const StressPlan& plan, const DynamicsOptions& dynamics, RunState& state, RunRng& rng) {
  std::transform(plan.declared.begin(), plan.declared.end(), state.values.begin(),
                 [](double value) { return static_cast<float>(value); });
  // Every sample draws once whatever the sd scale, so runs stay coupled across options.
  for (const PlanSample& sample : plan.samples) {
    const float value = sample.drawn(dynamics.input_sd_scale, rng.normal());
    state.values[at(sample.slot)] = value;
    if (sample.mirror >= 0) state.values[at(sample.mirror)] = value;
  }
  for (std::size_t i = 0; i < plan.ties.size(); ++i) {
    state.exit_level[i] = exit_level_from(rng.uniform());
    state.leaver_draw[i] = rng.uniform();
    state.cumulative_hazard[i] = 0.0F;
  }
  for (std::size_t k = 0; k < plan.perceptions.size(); ++k) {
    state.reveal_level[k] = exit_level_from(rng.uniform());
    state.reveal_hazard[k] = 0.0F;
  }
  for (int a = 0; a < plan.layout.actors; ++a)
    state.inverse_tau[at(a)] = hazard::inverse_tau(dynamics, state.values[at(plan.layout.volatility + a)]);
  std::copy(state.values.begin(), state.values.end(), state.start.begin());
  apply_ops(plan, 0, state.values);
}

void advance_run(const StressPlan& plan, const DynamicsOptions& dynamics, int step, RunState& state,
                 RunRng& rng) {
  apply_ops(plan, step, state.values);
  const float years = step_years(plan);
  std::vector<float>& values = state.values;

  // The walk takes one fair coin per salience: bit i % 64 of one draw per 64 saliences.
  const float walk = walk_step(plan, dynamics);
  std::array<std::uint32_t, 2> coins{};
  for (std::size_t i = 0; i < plan.walk_slots.size(); ++i) {
    if (i % 64 == 0) coins = coin_halves(rng.next());
    float& salience = values[at(plan.walk_slots[i])];
    salience = walked(salience, walk, coins[(i % 64) / 32], static_cast<unsigned>(i % 32));
  }

  if (dynamics.flow_half_life_years > 0.0) {
    const float keep = flow_keep(plan, dynamics);
    for (int slot : plan.flow_slots) values[at(slot)] *= keep;
  }

  for (std::size_t k = 0; k < plan.perceptions.size(); ++k) {
    const PlanPerception& perception = plan.perceptions[k];
    const float salience = values[at(perception.observer_salience)];
    // Accumulated whether or not the misperception is left: a revealed one never returns, so the sum then
    // changes nothing.
    state.reveal_hazard[k] += learning_exponent(dynamics.revelation_rate, salience, years);
    if (values[at(perception.has_perception)] == 0.0F) continue;
    if (state.reveal_hazard[k] >= state.reveal_level[k]) {
      values[at(perception.has_perception)] = 0.0F;
      continue;
    }
    const float closing =
        lanes::one_minus_exp_minus(learning_exponent(dynamics.perception_rate, salience, years));
    float& believed = values[at(perception.perceived)];
    believed = closer_to(believed, values[at(perception.truth)], closing);
  }
}

int trigger_of(const StressPlan& plan, const AlignmentOptions& options, const PlanTie& tie, int side,
               int step, SlotView now, SlotView start, float threat_now, float threat_then,
               WorthScratch& scratch) {
  const int worst = topic_terms::worst_component<float>(plan, options, tie, side, now, start, threat_now,
                                                        threat_then, views_of(scratch));
  return topic_terms::trigger_label(plan, tie.sides[at(side)], worst, step, now, start);
}

void simulate_run(const StressPlan& plan, const DynamicsOptions& dynamics, const AlignmentOptions& options,
                  std::uint64_t seed, std::uint64_t run, RunState& state, std::span<TieOutcome> outcomes) {
  RunRng rng{seed, run};
  start_run(plan, dynamics, state, rng);
  std::fill(outcomes.begin(), outcomes.end(), TieOutcome{});
  const PlanLayout& layout = plan.layout;
  const float years = step_years(plan);
  refresh_threats(plan, state);
  for (int step = 1; step <= plan.steps; ++step) {
    advance_run(plan, dynamics, step, state, rng);
    if (plan.step_changes_relations(step)) refresh_threats(plan, state);
    bool open = false;
    for (std::size_t i = 0; i < plan.ties.size(); ++i) {
      TieOutcome& outcome = outcomes[i];
      const PlanTie& tie = plan.ties[i];
      if (outcome.fracture_step >= 0 || step >= tie.censor_step) continue;
      open = true;
      std::array<float, 2> rate{};
      for (int s = 0; s < 2; ++s) {
        const int actor = tie.sides[at(s)].actor;
        const float threat = state.threat[2 * i + at(s)];
        const float worth = side_terms(plan, options, tie, s, state.now(), state.scratch, threat).total();
        rate[at(s)] = hazard::exit_rate(dynamics, worth, state.values[at(layout.threshold + actor)],
                                        state.inverse_tau[at(actor)]);
      }
      // Competing risks: the tie breaks at the total rate; the leaver is drawn in proportion to its rate.
      const float total = rate[0] + rate[1];
      state.cumulative_hazard[i] += total * years;
      if (state.cumulative_hazard[i] < state.exit_level[i]) continue;
      outcome.fracture_step = step;
      outcome.leaver = state.leaver_draw[i] * total < rate[0] ? 0 : 1;
      outcome.trigger =
          trigger_of(plan, options, tie, outcome.leaver, step, state.now(), state.at_start(),
                     state.threat[2 * i + at(outcome.leaver)],
                     side_threat(plan, tie, outcome.leaver, state.at_start(), state.scratch), state.scratch);
    }
    if (!open) break;  // every tie has broken or ended: the rest of the run cannot change an outcome
  }
}

std::vector<std::vector<std::array<double, 2>>> worth_path(const StressPlan& plan,
                                                           const DynamicsOptions& dynamics,
                                                           const AlignmentOptions& options,
                                                           std::uint64_t seed, std::uint64_t run) {
  RunState state = make_run_state(plan);
  RunRng rng{seed, run};
  std::vector<std::vector<std::array<double, 2>>> path(plan.ties.size());
  const auto record = [&] {
    for (std::size_t i = 0; i < plan.ties.size(); ++i) {
      std::array<double, 2> worth{};
      for (int s = 0; s < 2; ++s) {
        worth[at(s)] = static_cast<double>(
            side_terms(plan, options, plan.ties[i], s, state.now(), state.scratch).total());
      }
      path[i].push_back(worth);
    }
  };
  start_run(plan, dynamics, state, rng);
  record();
  for (int step = 1; step <= plan.steps; ++step) {
    advance_run(plan, dynamics, step, state, rng);
    record();
  }
  return path;
}

}  // namespace faultline
