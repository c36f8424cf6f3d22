#include "faultline/analysis/pitch_follow_up.hpp"

#include <algorithm>

#include "faultline/analysis/timeline.hpp"

namespace faultline {

std::string_view to_string(FollowThrough outcome) noexcept {
  switch (outcome) {
    case FollowThrough::holds:
      return "holds";
    case FollowThrough::ghosts:
      return "ghosts";
    case FollowThrough::resists:
      return "resists";
    case FollowThrough::drifts:
      return "drifts";
    case FollowThrough::not_won:
      return "not won";
  }
  return "unknown";
}

namespace {

bool nods(PitchStance stance) {
  return stance == PitchStance::champion || stance == PitchStance::supporter;
}

// The room's sceptic: its least supportive member, when that member does not nod today.
const MemberSupport* find_sceptic(std::span<const MemberSupport> today) {
  const auto least =
      std::min_element(today.begin(), today.end(),
                       [](const MemberSupport& x, const MemberSupport& y) { return x.support < y.support; });
  return least == today.end() || nods(least->stance) ? nullptr : &*least;
}

// Costs show up: every topic on which a member loses becomes more salient to that member.
std::vector<Effect> cost_effects(std::span<const MemberSupport> today, const FollowUpOptions& options) {
  std::vector<Effect> effects;
  for (const MemberSupport& member : today) {
    for (const TopicSupport& topic : member.topics) {
      if (topic.agreement >= 0.0) continue;
      effects.emplace_back(StanceEffect{.actor = member.id,
                                        .kind = topic.kind,
                                        .topic = topic.topic,
                                        .position = std::nullopt,
                                        .salience = Change{Change::Mode::delta, options.cost_salience}});
    }
  }
  return effects;
}

// The sceptic pushes back: every other member moves towards the sceptic's position on the asserted topics, by
// `push_back` times its trust in the sceptic (the relation sign where declared and positive).
std::vector<Effect> push_back_effects(const Scenario& scenario, std::span<const MemberSupport> today,
                                      const MemberSupport& sceptic, const FollowUpOptions& options) {
  std::vector<Effect> effects;
  for (const MemberSupport& member : today) {
    if (member.id == sceptic.id) continue;
    const double trust =
        std::max(0.0, scenario.relation_sign(member.id, sceptic.id).value_or(options.default_trust));
    for (const TopicSupport& topic : member.topics) {
      const auto theirs = std::find_if(sceptic.topics.begin(), sceptic.topics.end(),
                                       [&](const TopicSupport& t) { return t.topic == topic.topic; });
      if (theirs == sceptic.topics.end()) continue;
      const double delta = options.push_back * trust * (theirs->position - topic.position);
      effects.emplace_back(StanceEffect{.actor = member.id,
                                        .kind = topic.kind,
                                        .topic = topic.topic,
                                        .position = Change{Change::Mode::delta, delta},
                                        .salience = std::nullopt});
    }
  }
  return effects;
}

Scenario with_effects(const Scenario& scenario, std::span<const Effect> effects) {
  Scenario changed = scenario;
  for (const Effect& effect : effects) apply_effect(changed, effect, scenario.time.start);
  return changed;
}

PitchTerms with_offers_cut(const PitchTerms& terms, double cut) {
  PitchTerms changed = terms;
  for (Flow& offer : changed.offers) offer.value.value *= 1.0 - cut;
  return changed;
}

FollowThrough outcome_of(const MemberSupport& today, const FollowUp& after, const SupportOptions& options) {
  if (today.support < options.supporter) return FollowThrough::not_won;
  if (after.kept >= options.supporter) return FollowThrough::holds;
  // The pressure that costs the member most names what it does; ties go to the earlier pressure.
  const double offers = today.support - after.offers_cut;
  const double costs = today.support - after.costs_show;
  const double push = today.support - after.push_back;
  if (offers >= costs && offers >= push) return FollowThrough::ghosts;
  if (costs >= push) return FollowThrough::resists;
  return FollowThrough::drifts;
}

}  // namespace

FollowUpResult follow_up(const Scenario& scenario, std::span<const std::string> room, const PitchTerms& terms,
                         std::span<const MemberSupport> today, const PitchOptions& options) {
  const FollowUpOptions& pressures = options.follow_up;
  FollowUpResult result;
  const MemberSupport* sceptic = find_sceptic(today);
  if (sceptic != nullptr) result.sceptic = sceptic->id;

  const std::vector<Effect> costs = cost_effects(today, pressures);
  const std::vector<Effect> push =
      sceptic != nullptr ? push_back_effects(scenario, today, *sceptic, pressures) : std::vector<Effect>{};
  std::vector<Effect> all = costs;
  all.insert(all.end(), push.begin(), push.end());
  const PitchTerms cut = with_offers_cut(terms, pressures.offer_cut);

  const auto after_cut = room_support(scenario, room, cut, options.support);
  const auto after_costs = room_support(with_effects(scenario, costs), room, terms, options.support);
  const auto after_push = room_support(with_effects(scenario, push), room, terms, options.support);
  const auto after_all = room_support(with_effects(scenario, all), room, cut, options.support);
  for (std::size_t i = 0; i < today.size(); ++i) {
    FollowUp member{.id = today[i].id,
                    .offers_cut = after_cut[i].support,
                    .costs_show = after_costs[i].support,
                    .push_back = after_push[i].support,
                    .kept = after_all[i].support};
    member.outcome = outcome_of(today[i], member, options.support);
    result.members.push_back(std::move(member));
  }
  return result;
}

}  // namespace faultline
