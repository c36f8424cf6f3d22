#include "faultline/analysis/pitch.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "faultline/analysis/pitch_words.hpp"
#include "faultline/model/error.hpp"

namespace faultline {

std::string_view clarity_question(int n) noexcept {
  static constexpr std::array<std::string_view, 5> questions{
      "What does this room already believe, and what belief needs to shift?",
      "What's missing from this conversation that I know to be true?",
      "What's the emotional risk in what I'm saying — and how can I de-risk it?",
      "What false choice might this pitch be reinforcing — and how can I reframe it?",
      "What shared future am I inviting them into?"};
  return n >= 1 && n <= 5 ? questions[static_cast<std::size_t>(n - 1)] : std::string_view{};
}

namespace {

std::vector<std::string> resolve_room(const Scenario& scenario, const Proposal& proposal,
                                      const PitchOptions& options) {
  std::vector<std::string> room = options.room.empty() ? proposal.room : options.room;
  if (room.empty()) throw Error(fmt::format("proposal '{}' names no room and none was given", proposal.id));
  for (const std::string& id : room) {
    (void)actor_or_throw(scenario, id, "room member");
    if (id == proposal.by) throw Error(fmt::format("the proposer '{}' cannot be in its own room", id));
    if (std::count(room.begin(), room.end(), id) > 1)
      throw Error(fmt::format("'{}' is in the room twice", id));
  }
  return room;
}

// The pressure that moved a member most, in words.
std::string_view pressure_words(FollowThrough outcome) {
  switch (outcome) {
    case FollowThrough::ghosts:
      return "will ghost the follow-ups once the offers are delayed or cut";
    case FollowThrough::resists:
      return "will resist internally once the costs show up";
    case FollowThrough::drifts:
      return "will drift once the sceptic pushes back";
    case FollowThrough::holds:
      return "holds through the follow-up";
    case FollowThrough::not_won:
      return "is not won even today";
  }
  return "";
}

std::string write_summary(const Scenario& scenario, const PitchResult& result) {
  using pitch_words::signed_number;
  const auto least = std::min_element(
      result.members.begin(), result.members.end(),
      [](const PitchMember& x, const PitchMember& y) { return x.support.support < y.support.support; });
  const auto nodding = std::count_if(result.members.begin(), result.members.end(), [](const PitchMember& m) {
    return m.support.stance == PitchStance::champion || m.support.stance == PitchStance::supporter;
  });
  std::string summary = fmt::format(
      "In the meeting: room support {} (capability-weighted), {} of {} members nod, the least supportive is "
      "{} "
      "({}). Missionary share {:.0f}%: {}.",
      signed_number(result.support.weighted), nodding, result.members.size(),
      pitch_words::actor(scenario, least->support.id), signed_number(least->support.support),
      100.0 * result.missionary_share,
      result.missionary_share >= 0.5 ? "more of the support is won through values than bought with offers"
                                     : "more of the support is bought with offers than won through values");
  const FollowUpOptions& pressures = result.options.follow_up;
  const std::string pusher = result.sceptic.empty()
                                 ? std::string{"no sceptic to push back"}
                                 : pitch_words::actor(scenario, result.sceptic) + " pushing back";
  summary += fmt::format(
      " After the follow-up (offers cut by {:.0f}%, losing topics {:+.1f} salience, {}): room support {}",
      100.0 * pressures.offer_cut, pressures.cost_salience, pusher,
      signed_number(result.kept_support.weighted));
  std::vector<std::string> fates;
  for (const PitchMember& member : result.members) {
    if (member.follow_up.outcome == FollowThrough::not_won) continue;
    fates.push_back(fmt::format("{} {} ({} → {})", pitch_words::actor(scenario, member.support.id),
                                pressure_words(member.follow_up.outcome),
                                signed_number(member.support.support), signed_number(member.follow_up.kept)));
  }
  if (fates.empty()) return summary + "; no one nods today, so there is nothing to keep.";
  summary += "; ";
  for (std::size_t i = 0; i < fates.size(); ++i) summary += (i > 0 ? "; " : "") + fates[i];
  return summary + ".";
}

}  // namespace

PitchResult brief_pitch(const Scenario& scenario, const PitchOptions& options) {
  const Proposal* proposal = scenario.find_proposal(options.proposal);
  if (proposal == nullptr) throw Error(fmt::format("the scenario has no proposal '{}'", options.proposal));
  const Actor& proposer = actor_or_throw(scenario, proposal->by, "proposer");

  PitchResult result;
  result.scenario = scenario.id;
  result.title = scenario.title;
  result.proposal = proposal->id;
  result.proposal_title = proposal->title;
  result.by = proposal->by;
  result.room = resolve_room(scenario, *proposal, options);
  result.terms = PitchTerms{resolve_assertions(scenario, proposal->asserts), proposal->offers};
  result.options = options;

  const std::vector<MemberSupport> today = room_support(scenario, result.room, result.terms, options.support);
  const FollowUpResult after = follow_up(scenario, result.room, result.terms, today, options);
  for (std::size_t i = 0; i < today.size(); ++i) {
    const Actor& member = actor_or_throw(scenario, today[i].id, "room member");
    result.members.push_back({today[i],
                              member_support(member, result.terms, options.support, &proposer).support,
                              after.members[i]});
  }
  result.support = room_totals(scenario, today);
  std::vector<MemberSupport> kept = today;
  for (std::size_t i = 0; i < kept.size(); ++i) kept[i].support = after.members[i].kept;
  result.kept_support = room_totals(scenario, kept);
  result.missionary_share = missionary_share(today);
  result.sceptic = after.sceptic;
  result.summary = write_summary(scenario, result);

  result.beliefs = read_room_beliefs(scenario, result.room, proposer.id, result.terms, today, options);
  result.unaddressed = find_unaddressed(scenario, result.room, proposer.id, result.terms, options);
  result.risk = assess_emotional_risk(scenario, result.room, proposer.id, result.terms, today, options);
  result.false_choice = examine_false_choice(scenario, result.room, *proposal, result.terms, today, options);
  result.future =
      find_shared_future(scenario, result.room, proposer.id, result.terms, result.missionary_share, options);
  return result;
}

}  // namespace faultline
