#include "faultline/analysis/pitch_unaddressed.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "faultline/analysis/pitch_words.hpp"

namespace faultline {

namespace {

// The room as a scenario whose ties are every pair in it, so the alignment analysis computes their
// faultlines: one definition of a faultline for the whole project.
Scenario room_as_ties(const Scenario& scenario, std::span<const std::string> room,
                      const std::string& proposer) {
  Scenario pairs = scenario;
  pairs.ties.clear();
  pairs.events.clear();
  std::vector<std::string> people{proposer};
  people.insert(people.end(), room.begin(), room.end());
  for (std::size_t a = 0; a < people.size(); ++a) {
    for (std::size_t b = a + 1; b < people.size(); ++b) {
      pairs.ties.push_back(Tie{.between = {people[a], people[b]}, .since = {}, .flows = {}, .ended = {}});
    }
  }
  return pairs;
}

bool asserted(const PitchTerms& terms, const std::string& topic) {
  return std::any_of(terms.asserts.begin(), terms.asserts.end(),
                     [&](const Assertion& a) { return a.topic == topic; });
}

std::string write_answer(const Scenario& scenario, const std::string& proposer, const Unaddressed& found) {
  using pitch_words::signed_number;
  const auto describe = [&](const UnaddressedFaultline& line) {
    return fmt::format("{} ({} {} vs {} {}, joint salience {:.2f}, severity {:.2f})",
                       pitch_words::topic(scenario, line.topic_kind, line.topic),
                       pitch_words::actor(scenario, line.between[0]), signed_number(line.positions[0]),
                       pitch_words::actor(scenario, line.between[1]), signed_number(line.positions[1]),
                       line.joint_salience, line.severity);
  };
  std::vector<const UnaddressedFaultline*> active;
  for (const auto& line : found.faultlines) {
    if (line.kind == FaultlineKind::active) active.push_back(&line);
  }
  if (active.empty()) {
    if (found.faultlines.empty()) return "Nothing: the room holds no divergence the proposal leaves out.";
    return fmt::format(
        "Nothing the room cares about much yet; the largest silent divergence is latent: {}. One event could "
        "make it salient.",
        describe(found.faultlines.front()));
  }
  const UnaddressedFaultline& top = *active.front();
  std::string answer = fmt::format("The proposal is silent on {}.", describe(top));
  const bool involves_proposer = top.between[0] == proposer || top.between[1] == proposer;
  answer += involves_proposer ? " It divides you from the room: name it before they find it."
                              : " It divides the room itself: the yes you win will be argued over later.";
  if (active.size() > 1) {
    answer += " Also unspoken: ";
    for (std::size_t i = 1; i < std::min<std::size_t>(active.size(), 3); ++i) {
      if (i > 1) answer += "; ";
      answer += describe(*active[i]);
    }
    answer += ".";
  }
  return answer;
}

}  // namespace

Unaddressed find_unaddressed(const Scenario& scenario, std::span<const std::string> room,
                             const std::string& proposer, const PitchTerms& terms,
                             const PitchOptions& options) {
  const AlignmentResult pairs = analyze_alignment(room_as_ties(scenario, room, proposer), options.alignment);
  Unaddressed found;
  for (const TieAlignment& tie : pairs.ties) {
    for (const Faultline& line : tie.faultlines) {
      if (line.kind == FaultlineKind::projection || asserted(terms, line.on)) continue;
      auto same_topic = std::find_if(found.faultlines.begin(), found.faultlines.end(),
                                     [&](const UnaddressedFaultline& f) { return f.topic == line.on; });
      // One line per topic: its most severe pair (the first pair in room order on a tie).
      if (same_topic != found.faultlines.end() && same_topic->severity >= line.severity) continue;
      UnaddressedFaultline entry{.topic_kind = line.topic_kind,
                                 .topic = line.on,
                                 .between = tie.between,
                                 .positions = line.positions,
                                 .divergence = line.divergence,
                                 .joint_salience = line.joint_salience,
                                 .severity = line.severity,
                                 .kind = line.kind};
      if (same_topic != found.faultlines.end()) {
        *same_topic = std::move(entry);
      } else {
        found.faultlines.push_back(std::move(entry));
      }
    }
  }
  std::stable_sort(found.faultlines.begin(), found.faultlines.end(),
                   [](const UnaddressedFaultline& x, const UnaddressedFaultline& y) {
                     if (x.severity != y.severity) return x.severity > y.severity;
                     return x.topic < y.topic;
                   });
  found.answer = write_answer(scenario, proposer, found);
  return found;
}

}  // namespace faultline
