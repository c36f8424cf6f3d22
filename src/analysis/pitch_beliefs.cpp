#include "faultline/analysis/pitch_beliefs.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "faultline/analysis/pitch_words.hpp"
#include "faultline/analysis/timeline.hpp"

namespace faultline {

namespace {

// A shift or misreading smaller than this is noise, not advice.
constexpr double negligible = 1e-6;

TopicReading read_topic(const Assertion& assertion, std::span<const MemberSupport> today) {
  TopicReading reading{.asserted = assertion};
  double weighted = 0.0;
  double salience = 0.0;
  int holders = 0;
  for (const MemberSupport& member : today) {
    for (const TopicSupport& topic : member.topics) {
      if (topic.topic != assertion.topic) continue;
      weighted += topic.salience * topic.position;
      salience += topic.salience;
      ++holders;
      if (topic.agreement > 0.0) reading.agree.push_back(member.id);
      if (topic.agreement < 0.0) reading.disagree.push_back(member.id);
    }
  }
  reading.room_position = salience > 0.0 ? weighted / salience : 0.0;
  reading.room_salience = holders > 0 ? salience / holders : 0.0;
  return reading;
}

// Beliefs are dimensions; a proposal that asserts none can still shift positions on its issues.
bool asserts_dimension(const PitchTerms& terms) {
  return std::any_of(terms.asserts.begin(), terms.asserts.end(),
                     [](const Assertion& a) { return a.kind == TopicKind::dimension; });
}

std::optional<BeliefShift> best_shift(const Scenario& scenario, std::span<const std::string> room,
                                      const PitchTerms& terms, std::span<const MemberSupport> today,
                                      const PitchOptions& options) {
  const bool beliefs_only = asserts_dimension(terms);
  const double before = room_totals(scenario, today).weighted;
  std::optional<BeliefShift> best;
  for (std::size_t m = 0; m < today.size(); ++m) {
    for (const TopicSupport& topic : today[m].topics) {
      if (beliefs_only && topic.kind != TopicKind::dimension) continue;
      const double gap = topic.asserted - topic.position;
      if (std::abs(gap) < negligible) continue;
      const double to = topic.position + std::clamp(gap, -options.max_shift, options.max_shift);
      Scenario shifted = scenario;
      apply_effect(shifted,
                   StanceEffect{.actor = today[m].id,
                                .kind = topic.kind,
                                .topic = topic.topic,
                                .position = Change{Change::Mode::set, to},
                                .salience = std::nullopt},
                   scenario.time.start);
      const auto after = room_support(shifted, room, terms, options.support);
      const BeliefShift shift{.member = today[m].id,
                              .kind = topic.kind,
                              .topic = topic.topic,
                              .from = topic.position,
                              .to = to,
                              .member_gain = after[m].support - today[m].support,
                              .room_gain = room_totals(shifted, after).weighted - before};
      if (shift.room_gain > negligible && (!best || shift.room_gain > best->room_gain + negligible))
        best = shift;
    }
  }
  return best;
}

std::optional<Misreading> largest_misreading(const Scenario& scenario, const Actor& proposer,
                                             const PitchTerms& terms, std::span<const MemberSupport> today,
                                             const PitchOptions& options) {
  std::optional<Misreading> largest;
  double largest_weight = negligible;
  for (const MemberSupport& member : today) {
    const Actor& actor = actor_or_throw(scenario, member.id, "room member");
    const MemberSupport expected = member_support(actor, terms, options.support, &proposer);
    for (std::size_t t = 0; t < member.topics.size(); ++t) {
      const TopicSupport& truth = member.topics[t];
      const double believed = expected.topics[t].position;
      const double weight = truth.salience * std::abs(believed - truth.position);
      if (weight <= largest_weight) continue;
      largest_weight = weight;
      largest = Misreading{.member = member.id,
                           .kind = truth.kind,
                           .topic = truth.topic,
                           .believed = believed,
                           .actual = truth.position,
                           .salience = truth.salience,
                           .expected_support = expected.support,
                           .support = member.support};
    }
  }
  return largest;
}

// "a, b and c" (with `separator` between all but the last two).
std::string listing(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 == items.size() ? std::string{" and "} : std::string{separator};
    out += items[i];
  }
  return out;
}

std::string names(const Scenario& scenario, const std::vector<std::string>& ids) {
  std::vector<std::string> named;
  for (const std::string& id : ids) named.push_back(pitch_words::actor(scenario, id));
  return listing(named, ", ");
}

std::string write_answer(const Scenario& scenario, const std::string& proposer, const RoomBeliefs& beliefs) {
  using pitch_words::signed_number;
  // Topics grouped by how the room meets them; only the dissenters on a split topic are named.
  std::vector<std::string> agreed;
  std::vector<std::string> split;
  std::vector<std::string> opposed;
  std::vector<std::string> unheld;
  for (const TopicReading& reading : beliefs.topics) {
    const Assertion& a = reading.asserted;
    const std::string label = pitch_words::topic(scenario, a.kind, a.topic);
    const std::string where = fmt::format(
        "room {} {}, you {}", signed_number(reading.room_position),
        pitch_words::leaning(scenario, a.kind, a.topic, reading.room_position), signed_number(a.position));
    if (reading.agree.empty() && reading.disagree.empty()) {
      unheld.push_back(label);
    } else if (reading.disagree.empty()) {
      agreed.push_back(fmt::format("{} ({})", label, where));
    } else if (reading.agree.empty()) {
      opposed.push_back(fmt::format("{} ({})", label, where));
    } else {
      split.push_back(fmt::format("{} ({}; against: {})", label, where, names(scenario, reading.disagree)));
    }
  }
  std::string answer;
  if (!agreed.empty())
    answer += fmt::format("The room already agrees with you on {}. ", listing(agreed, "; "));
  if (!split.empty()) answer += fmt::format("It is split on {}. ", listing(split, "; "));
  if (!opposed.empty()) answer += fmt::format("It stands against you on {}. ", listing(opposed, "; "));
  if (!unheld.empty())
    answer += fmt::format("No one in the room holds a view on {}. ", listing(unheld, ", "));
  if (beliefs.shift) {
    const BeliefShift& s = *beliefs.shift;
    answer += fmt::format(
        "The belief to shift: {} on {}, from {} ({}) to {} ({}) — worth {} support from {} and {} for the "
        "room.",
        pitch_words::actor(scenario, s.member), pitch_words::topic(scenario, s.kind, s.topic),
        signed_number(s.from), pitch_words::pole(scenario, s.kind, s.topic, s.from), signed_number(s.to),
        pitch_words::pole(scenario, s.kind, s.topic, s.to), signed_number(s.member_gain),
        pitch_words::actor(scenario, s.member), signed_number(s.room_gain));
  } else {
    answer += "No single belief shift raises the room's support: it already stands where the proposal does.";
  }
  if (beliefs.misreading) {
    const Misreading& m = *beliefs.misreading;
    answer += fmt::format(
        " Know the narrative before rewriting it: {} believes {} holds {} on {}; it holds {}, so the support "
        "expected from {} is {} but is {}.",
        pitch_words::actor(scenario, proposer), pitch_words::actor(scenario, m.member),
        signed_number(m.believed), pitch_words::topic(scenario, m.kind, m.topic), signed_number(m.actual),
        pitch_words::actor(scenario, m.member), signed_number(m.expected_support), signed_number(m.support));
  }
  return answer;
}

}  // namespace

RoomBeliefs read_room_beliefs(const Scenario& scenario, std::span<const std::string> room,
                              const std::string& proposer, const PitchTerms& terms,
                              std::span<const MemberSupport> today, const PitchOptions& options) {
  RoomBeliefs beliefs;
  for (const Assertion& assertion : terms.asserts) beliefs.topics.push_back(read_topic(assertion, today));
  beliefs.shift = best_shift(scenario, room, terms, today, options);
  beliefs.misreading =
      largest_misreading(scenario, actor_or_throw(scenario, proposer, "proposer"), terms, today, options);
  beliefs.answer = write_answer(scenario, proposer, beliefs);
  return beliefs;
}

}  // namespace faultline
