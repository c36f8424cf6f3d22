#include "faultline/analysis/pitch_support.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "faultline/analysis/worth.hpp"
#include "faultline/model/error.hpp"

namespace faultline {

std::vector<Assertion> resolve_assertions(const Scenario& scenario,
                                          const std::map<std::string, double>& asserts) {
  std::vector<Assertion> resolved;
  for (const auto& [id, position] : asserts) {
    if (scenario.find_topic(TopicKind::dimension, id) == nullptr &&
        scenario.find_topic(TopicKind::issue, id) == nullptr) {
      throw Error(fmt::format(
          "a proposal asserts a position on '{}', which is neither a dimension nor an issue", id));
    }
  }
  for (TopicKind kind : {TopicKind::dimension, TopicKind::issue}) {
    for (const Topic& topic : kind == TopicKind::dimension ? scenario.dimensions : scenario.issues) {
      const auto it = asserts.find(topic.id);
      if (it == asserts.end()) continue;
      const bool taken = std::any_of(resolved.begin(), resolved.end(),
                                     [&](const Assertion& a) { return a.topic == topic.id; });
      if (!taken) resolved.push_back({kind, topic.id, it->second});
    }
  }
  return resolved;
}

std::string_view to_string(PitchStance stance) noexcept {
  switch (stance) {
    case PitchStance::champion:
      return "champion";
    case PitchStance::supporter:
      return "supporter";
    case PitchStance::tolerant:
      return "tolerant";
    case PitchStance::sceptic:
      return "sceptic";
    case PitchStance::blocker:
      return "blocker";
  }
  return "unknown";
}

double offered_value(std::span<const Flow> offers, std::string_view member) noexcept {
  double value = 0.0;
  for (const Flow& offer : offers) {
    if (offer.to == member) value += offer.value.value;
  }
  return value;
}

PitchStance stance_of(double support, double from_values, double from_offers,
                      const SupportOptions& options) noexcept {
  if (support >= options.champion && from_values >= from_offers) return PitchStance::champion;
  if (support >= options.supporter) return PitchStance::supporter;
  if (support > options.tolerant) return PitchStance::tolerant;
  if (support > options.sceptic) return PitchStance::sceptic;
  return PitchStance::blocker;
}

namespace {

// The position `member` holds on `topic`, as `perceived_by` believes it (the truth without a perception).
double position_seen(const Actor& member, const Stance& stance, const std::string& topic,
                     const Actor* perceived_by) {
  if (perceived_by == nullptr) return stance.position.value;
  const auto beliefs = perceived_by->perceives.find(member.id);
  if (beliefs == perceived_by->perceives.end()) return stance.position.value;
  const auto belief = beliefs->second.find(topic);
  return belief == beliefs->second.end() ? stance.position.value : belief->second.value;
}

}  // namespace

MemberSupport member_support(const Actor& member, const PitchTerms& terms, const SupportOptions& options,
                             const Actor* perceived_by) {
  MemberSupport result;
  result.id = member.id;
  double held_salience = 0.0;
  for (const Assertion& assertion : terms.asserts) {
    const auto& stances = assertion.kind == TopicKind::dimension ? member.values : member.issues;
    const auto held = stances.find(assertion.topic);
    if (held == stances.end()) continue;  // indifferent: the topic neither wins nor costs this member
    TopicSupport topic;
    topic.kind = assertion.kind;
    topic.topic = assertion.topic;
    topic.position = position_seen(member, held->second, assertion.topic, perceived_by);
    topic.salience = held->second.salience.value;
    topic.asserted = assertion.position;
    // One topic's agreement is the alignment model's agreement kernel on a single topic: 1 − |x − a|.
    const std::array<double, 1> unit_salience{1.0};
    const std::array<double, 1> own{topic.position};
    const std::array<double, 1> asserted{topic.asserted};
    topic.agreement = worth::agreement(unit_salience, own, asserted);
    held_salience += topic.salience;
    result.topics.push_back(std::move(topic));
  }
  // A member's attention is finite: once it cares about more than one topic's worth, the value side of
  // support is a salience-weighted mean (as value agreement is in worth), so a full agreement is worth one
  // unit of offer.
  result.attention = std::max(1.0, held_salience);
  for (TopicSupport& topic : result.topics) {
    topic.gain = topic.salience * std::max(0.0, topic.agreement) / result.attention;
    topic.loss = options.loss_aversion * topic.salience * std::max(0.0, -topic.agreement) / result.attention;
    result.from_values += topic.gain;
    result.losses += topic.loss;
  }
  result.from_offers = offered_value(terms.offers, member.id);
  result.support = result.from_values + result.from_offers - result.losses;
  result.stance = stance_of(result.support, result.from_values, result.from_offers, options);
  return result;
}

const Actor& actor_or_throw(const Scenario& scenario, std::string_view id, std::string_view role) {
  const Actor* actor = scenario.find_actor(id);
  if (actor == nullptr) throw Error(fmt::format("the {} '{}' is not an actor of the scenario", role, id));
  return *actor;
}

std::vector<MemberSupport> room_support(const Scenario& scenario, std::span<const std::string> room,
                                        const PitchTerms& terms, const SupportOptions& options) {
  std::vector<MemberSupport> members;
  members.reserve(room.size());
  for (const std::string& id : room) {
    members.push_back(member_support(actor_or_throw(scenario, id, "room member"), terms, options));
  }
  return members;
}

RoomTotals room_totals(const Scenario& scenario, std::span<const MemberSupport> members) {
  RoomTotals totals;
  if (members.empty()) return totals;
  double weighted = 0.0;
  double capability = 0.0;
  totals.minimum = members.front().support;
  for (const MemberSupport& member : members) {
    const double weight = actor_or_throw(scenario, member.id, "room member").capability.value;
    weighted += weight * member.support;
    capability += weight;
    totals.minimum = std::min(totals.minimum, member.support);
    totals.total += member.support;
  }
  // A room of members without capability counts each member equally.
  totals.weighted =
      capability > 0.0 ? weighted / capability : totals.total / static_cast<double>(members.size());
  return totals;
}

double missionary_share(std::span<const MemberSupport> members) noexcept {
  double values = 0.0;
  double offers = 0.0;
  for (const MemberSupport& member : members) {
    values += member.from_values;
    offers += member.from_offers;
  }
  return values + offers > 0.0 ? values / (values + offers) : 0.0;
}

}  // namespace faultline
