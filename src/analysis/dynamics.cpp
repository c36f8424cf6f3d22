#include "faultline/analysis/dynamics.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

#include "faultline/analysis/timeline.hpp"

namespace faultline {

namespace {

std::size_t at(int slot) noexcept {
  return static_cast<std::size_t>(slot);
}

// A rate's exponent is capped so that a side far below its threshold leaves in the step (P → 1) without the
// rate overflowing to infinity; below `min_exponent` the rate (under λ0·6e-6 per year) counts as zero, which
// spares the exponential for the many sides far above their thresholds.
constexpr double max_exponent = 50.0;
constexpr double min_exponent = -12.0;

// 1 − e^(−x) for x ≥ 0: a Taylor polynomial where x is small (relative error under 1e-9 for x < 0.05, the
// usual case of a rate times a week), the exponential otherwise. Spares two exponentials per perception and
// step.
double one_minus_exp_minus(double x) noexcept {
  if (x < 0.05) return x * (1.0 - x * (0.5 - x * (1.0 / 6.0 - x * (1.0 / 24.0 - x / 120.0))));
  return -std::expm1(-x);
}

void apply_op(const PlanOp& op, std::vector<double>& values) noexcept {
  switch (op.kind) {
    case PlanOp::Kind::change: {
      const double next = clamp_slot(op.clamp, op.change.applied_to(values[at(op.slot)]));
      values[at(op.slot)] = next;
      if (op.mirror >= 0) values[at(op.mirror)] = next;
      break;
    }
    case PlanOp::Kind::take_up:
      // As timeline.cpp: a stance taken up starts neutral and indifferent.
      if (values[at(op.slot)] == 0.0) {
        values[at(op.slot)] = 1.0;
        values[at(op.mirror)] = 0.0;
        values[at(op.salience_slot)] = 0.0;
      }
      break;
    case PlanOp::Kind::reveal:
      values[at(op.slot)] = 0.0;
      break;
  }
}

void apply_ops(const StressPlan& plan, int step, std::vector<double>& values) noexcept {
  const int end = plan.op_begin[at(step + 1)];
  for (int i = plan.op_begin[at(step)]; i < end; ++i) apply_op(plan.ops[at(i)], values);
}

}  // namespace

RunState make_run_state(const StressPlan& plan) {
  RunState state;
  state.values = plan.declared;
  state.start = plan.declared;
  const auto topics = at(plan.layout.topics);
  state.salience.assign(topics, 0.0);
  state.own.assign(topics, 0.0);
  state.perceived.assign(topics, 0.0);
  const auto actors = at(plan.layout.actors);
  state.third_capability.assign(actors, 0.0);
  state.sign_self.assign(actors, 0.0);
  state.sign_partner.assign(actors, 0.0);
  state.threat.assign(2 * plan.ties.size(), 0.0);
  return state;
}

double side_threat(const StressPlan& plan, const PlanTie& tie, int side, std::span<const double> values,
                   RunState& scratch) {
  const PlanLayout& layout = plan.layout;
  const PlanSide& self = tie.sides[at(side)];
  const std::size_t thirds = tie.third_actors.size();
  for (std::size_t i = 0; i < thirds; ++i) {
    const int c = tie.third_actors[i];
    scratch.third_capability[i] = values[at(layout.capability + c)];
    scratch.sign_self[i] = values[at(layout.relation_slot(self.actor, c))];
    scratch.sign_partner[i] = values[at(layout.relation_slot(self.partner, c))];
  }
  const double pair_capability =
      values[at(layout.capability + self.actor)] + values[at(layout.capability + self.partner)];
  return worth::common_threat(pair_capability,
                              std::span<const double>(scratch.third_capability).first(thirds),
                              std::span<const double>(scratch.sign_self).first(thirds),
                              std::span<const double>(scratch.sign_partner).first(thirds));
}

worth::Terms side_terms(const StressPlan& plan, const AlignmentOptions& options, const PlanTie& tie, int side,
                        std::span<const double> values, RunState& scratch) {
  return side_terms(plan, options, tie, side, values, scratch, side_threat(plan, tie, side, values, scratch));
}

worth::Terms side_terms(const StressPlan& plan, const AlignmentOptions& options, const PlanTie& tie, int side,
                        std::span<const double> values, RunState& scratch, double common_threat) {
  const PlanLayout& layout = plan.layout;
  const PlanSide& self = tie.sides[at(side)];
  // Topics count only where both sides hold a stance (as in the alignment analysis); a zero salience
  // leaves a topic out of the kernels' sums exactly.
  for (int t = 0; t < layout.topics; ++t) {
    const double both_hold = values[at(layout.stance(layout.held, self.actor, t))] *
                             values[at(layout.stance(layout.held, self.partner, t))];
    scratch.salience[at(t)] = both_hold * values[at(layout.stance(layout.salience, self.actor, t))];
    scratch.own[at(t)] = values[at(layout.stance(layout.position, self.actor, t))];
    const bool misperceives = values[at(layout.perception(layout.has_perception, self.pair, t))] > 0.0;
    scratch.perceived[at(t)] = misperceives ? values[at(layout.perception(layout.perceived, self.pair, t))]
                                            : values[at(layout.stance(layout.position, self.partner, t))];
  }
  const auto dimensions = at(layout.dimensions);
  const std::span<const double> salience{scratch.salience};
  const std::span<const double> own{scratch.own};
  const std::span<const double> perceived{scratch.perceived};
  const double value_agreement =
      worth::agreement(salience.first(dimensions), own.first(dimensions), perceived.first(dimensions));
  const double issue_divergence =
      worth::divergence(salience.subspan(dimensions), own.subspan(dimensions), perceived.subspan(dimensions));

  double exchange = 0.0;  // value received − cost given, as the alignment analysis counts it
  for (const PlanFlow& flow : tie.flows) {
    if (flow.receiver == side) exchange += values[at(layout.flow_value + flow.flow)];
    if (flow.receiver == 1 - side) exchange -= values[at(layout.flow_cost + flow.flow)];
  }
  const double power = worth::power_asymmetry(values[at(layout.capability + self.actor)],
                                              values[at(layout.capability + self.partner)]);
  return worth::terms(options, value_agreement, exchange, common_threat, power, issue_divergence);
}

namespace {

void refresh_threats(const StressPlan& plan, RunState& state) {
  for (std::size_t i = 0; i < plan.ties.size(); ++i) {
    for (int s = 0; s < 2; ++s)
      state.threat[2 * i + at(s)] = side_threat(plan, plan.ties[i], s, state.values, state);
  }
}

bool step_changes_relations(const StressPlan& plan, int step) {
  const int end = plan.op_begin[at(step + 1)];
  for (int i = plan.op_begin[at(step)]; i < end; ++i) {
    if (plan.ops[at(i)].clamp == SlotClamp::sign) return true;  // only relations are kept in [-1, 1] as signs
  }
  return false;
}

}  // namespace

double exit_rate(const DynamicsOptions& dynamics, double worth, double threshold,
                 double volatility) noexcept {
  const double tau = dynamics.tau_calm - (dynamics.tau_calm - dynamics.tau_volatile) * volatility;
  const double exponent = (threshold - worth) / tau;
  if (exponent < min_exponent) return 0.0;
  return dynamics.base_hazard * std::exp(std::min(exponent, max_exponent));
}

void start_run(const StressPlan& plan, const DynamicsOptions& dynamics, RunState& state, RunRng& rng) {
  std::copy(plan.declared.begin(), plan.declared.end(), state.values.begin());
  // Every sample draws once whatever the sd scale, so runs stay coupled across options.
  for (const PlanSample& sample : plan.samples) {
    const double drawn = sample.value + dynamics.input_sd_scale * sample.sd * rng.normal();
    const double value = clamp_slot(sample.clamp, drawn);
    state.values[at(sample.slot)] = value;
    if (sample.mirror >= 0) state.values[at(sample.mirror)] = value;
  }
  std::copy(state.values.begin(), state.values.end(), state.start.begin());
  apply_ops(plan, 0, state.values);
}

void advance_run(const StressPlan& plan, const DynamicsOptions& dynamics, int step, RunState& state,
                 RunRng& rng) {
  apply_ops(plan, step, state.values);
  const double years = plan.step_years();
  std::vector<double>& values = state.values;

  const double walk_sd = dynamics.salience_walk_sd * std::sqrt(years);
  for (int slot : plan.walk_slots)
    values[at(slot)] = clamp_salience(values[at(slot)] + walk_sd * rng.normal());

  if (dynamics.flow_half_life_years > 0.0) {
    const double keep = std::exp2(-years / dynamics.flow_half_life_years);
    for (int slot : plan.flow_slots) values[at(slot)] *= keep;
  }

  for (const PlanPerception& perception : plan.perceptions) {
    const double u = rng.uniform();  // drawn whether or not it is used, to keep runs coupled
    if (values[at(perception.has_perception)] == 0.0) continue;
    const double salience = values[at(perception.observer_salience)];
    const double truth = values[at(perception.truth)];
    if (u < one_minus_exp_minus(dynamics.revelation_rate * salience * years)) {
      values[at(perception.has_perception)] = 0.0;
      continue;
    }
    const double closing = one_minus_exp_minus(dynamics.perception_rate * salience * years);
    values[at(perception.perceived)] += (truth - values[at(perception.perceived)]) * closing;
  }
}

int trigger_of(const StressPlan& plan, const AlignmentOptions& options, const PlanTie& tie, int side,
               int step, RunState& state) {
  const double now = side_terms(plan, options, tie, side, state.values, state).total();
  int trigger = -1;
  double worst = 0.0;  // only a change that lowered worth can be the trigger
  for (const PlanComponent& part : tie.sides[at(side)].components) {
    double effect = 0.0;
    if (part.is_threshold) {
      const int slot = plan.component_slots[at(part.slot_begin)];
      effect = state.start[at(slot)] - state.values[at(slot)];  // a raised threshold acts as lost worth
    } else {
      // Put the component back as it was at the start, measure, and restore: no copy of the state.
      for (int i = part.slot_begin; i < part.slot_end; ++i) {
        const int slot = plan.component_slots[at(i)];
        std::swap(state.values[at(slot)], state.start[at(slot)]);
      }
      const double without_change = side_terms(plan, options, tie, side, state.values, state).total();
      for (int i = part.slot_begin; i < part.slot_end; ++i) {
        const int slot = plan.component_slots[at(i)];
        std::swap(state.values[at(slot)], state.start[at(slot)]);
      }
      effect = now - without_change;
    }
    if (effect < worst) {
      worst = effect;
      const bool revealed = part.has_perception >= 0 && state.start[at(part.has_perception)] > 0.0 &&
                            state.values[at(part.has_perception)] == 0.0;
      trigger = revealed ? part.reveal_label : part.label;
      // The last operation up to this step that changed the component names its cause.
      const int applied = plan.op_begin[at(step + 1)];
      for (int k = part.touch_end - 1; k >= part.touch_begin; --k) {
        const ComponentTouch& touch = plan.component_touches[at(k)];
        if (touch.op >= applied) continue;
        trigger = revealed && touch.reveal_label >= 0 ? touch.reveal_label : touch.label;
        break;
      }
    }
  }
  return trigger;
}

void simulate_run(const StressPlan& plan, const DynamicsOptions& dynamics, const AlignmentOptions& options,
                  std::uint64_t seed, std::uint64_t run, RunState& state, std::span<TieOutcome> outcomes) {
  RunRng rng{seed, run};
  start_run(plan, dynamics, state, rng);
  std::fill(outcomes.begin(), outcomes.end(), TieOutcome{});
  const PlanLayout& layout = plan.layout;
  const double years = plan.step_years();
  refresh_threats(plan, state);
  for (int step = 1; step <= plan.steps; ++step) {
    advance_run(plan, dynamics, step, state, rng);
    if (step_changes_relations(plan, step)) refresh_threats(plan, state);
    for (std::size_t i = 0; i < plan.ties.size(); ++i) {
      const double u = rng.uniform();  // one draw per tie and step, used or not: runs stay coupled
      TieOutcome& outcome = outcomes[i];
      const PlanTie& tie = plan.ties[i];
      if (outcome.fracture_step >= 0 || step >= tie.censor_step) continue;
      std::array<double, 2> worth{};
      bool above_thresholds = true;
      for (int s = 0; s < 2; ++s) {
        const double threat = state.threat[2 * i + at(s)];
        worth[at(s)] = side_terms(plan, options, tie, s, state.values, state, threat).total();
        above_thresholds =
            above_thresholds && worth[at(s)] >= state.values[at(layout.threshold + tie.sides[at(s)].actor)];
      }
      // Exact shortcut: with both sides at or above their thresholds each rate is at most λ0, and since
      // 1 − e^(−y) ≤ y, a draw at or above 2·λ0·Δt cannot be a break — no exponential needed.
      if (above_thresholds && u >= 2.0 * dynamics.base_hazard * years) continue;
      std::array<double, 2> rate{};
      for (int s = 0; s < 2; ++s) {
        const int actor = tie.sides[at(s)].actor;
        rate[at(s)] = exit_rate(dynamics, worth[at(s)], state.values[at(layout.threshold + actor)],
                                state.values[at(layout.volatility + actor)]);
      }
      // Competing risks: the tie breaks at the total rate; the leaver is drawn in proportion to its rate.
      const double total = rate[0] + rate[1];
      if (total <= 0.0) continue;
      const double p_break = 1.0 - std::exp(-total * years);
      if (u >= p_break) continue;
      outcome.fracture_step = step;
      outcome.leaver = u < p_break * (rate[0] / total) ? 0 : 1;
      outcome.trigger = trigger_of(plan, options, tie, outcome.leaver, step, state);
    }
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
      path[i].push_back({side_terms(plan, options, plan.ties[i], 0, state.values, state).total(),
                         side_terms(plan, options, plan.ties[i], 1, state.values, state).total()});
    }
  };
  start_run(plan, dynamics, state, rng);
  record();
  for (int step = 1; step <= plan.steps; ++step) {
    advance_run(plan, dynamics, step, state, rng);
    for (std::size_t i = 0; i < plan.ties.size(); ++i) (void)rng.uniform();  // the exit draws, as a run
    record();
  }
  return path;
}

}  // namespace faultline
