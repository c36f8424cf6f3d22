#include "faultline/analysis/pitch_false_choice.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "faultline/analysis/pitch_words.hpp"

namespace faultline {

namespace {

std::string positions(const Scenario& scenario, std::span<const Assertion> asserts) {
  if (asserts.empty()) return "no position";
  std::string out;
  for (std::size_t i = 0; i < asserts.size(); ++i) {
    if (i > 0) out += ", ";
    const Assertion& a = asserts[i];
    out += fmt::format("{} {} ({})", pitch_words::topic(scenario, a.kind, a.topic),
                       pitch_words::signed_number(a.position),
                       pitch_words::pole(scenario, a.kind, a.topic, a.position));
  }
  return out;
}

bool same_positions(std::span<const Assertion> x, std::span<const Assertion> y) {
  constexpr double epsilon = 1e-9;
  return std::equal(x.begin(), x.end(), y.begin(), y.end(), [](const Assertion& a, const Assertion& b) {
    return a.topic == b.topic && std::abs(a.position - b.position) < epsilon;
  });
}

std::string write_answer(const Scenario& scenario, const Proposal& proposal, const FalseChoice& choice) {
  using pitch_words::signed_number;
  if (!choice.framed) {
    return "The proposal is not framed against an alternative, so it sets no either/or; name the alternative "
           "the room has in mind (`against:`) to test for a false choice.";
  }
  std::string answer = fmt::format(
      "The pitch frames '{}' against '{}': room support {} (least supportive member {}) against {} ({}).",
      proposal.title, choice.against_title, signed_number(choice.proposal_support.weighted),
      signed_number(choice.proposal_support.minimum), signed_number(choice.against_support.weighted),
      signed_number(choice.against_support.minimum));
  if (choice.against_support.weighted > choice.proposal_support.weighted) {
    answer += " The room prefers the alternative: framing the pitch against it argues for the other side.";
  }
  const ThirdOption& weighted = *choice.weighted;
  const ThirdOption& maximin = *choice.maximin;
  if (!weighted.improves && !maximin.improves) {
    return answer + " No third option on these topics does better: the choice is real, not false.";
  }
  if (weighted.improves) {
    answer += fmt::format(" A third option does better: {} — room support {} (least supportive {}).",
                          positions(scenario, weighted.asserts), signed_number(weighted.support.weighted),
                          signed_number(weighted.support.minimum));
  }
  if (maximin.improves && weighted.improves && same_positions(weighted.asserts, maximin.asserts)) {
    answer += " It is also the option that leaves no one behind.";
  } else if (maximin.improves) {
    answer += fmt::format(" To leave no one behind: {} — least supportive member {} (room {}).",
                          positions(scenario, maximin.asserts), signed_number(maximin.support.minimum),
                          signed_number(maximin.support.weighted));
  }
  return answer;
}

}  // namespace

FalseChoice examine_false_choice(const Scenario& scenario, std::span<const std::string> room,
                                 const Proposal& proposal, const PitchTerms& terms,
                                 std::span<const MemberSupport> today, const PitchOptions& options) {
  FalseChoice choice;
  choice.proposal_support = room_totals(scenario, today);
  if (proposal.against) {
    choice.framed = true;
    choice.against_title = proposal.against->title;
    choice.against = resolve_assertions(scenario, proposal.against->asserts);
    choice.against_members = room_support(scenario, room, PitchTerms{choice.against, {}}, options.support);
    choice.against_support = room_totals(scenario, choice.against_members);
    const Actor& proposer = actor_or_throw(scenario, proposal.by, "proposer");
    choice.weighted = search_third_option(scenario, room, proposer, terms, choice.against,
                                          SearchObjective::weighted, options);
    choice.maximin = search_third_option(scenario, room, proposer, terms, choice.against,
                                         SearchObjective::maximin, options);
  }
  choice.answer = write_answer(scenario, proposal, choice);
  return choice;
}

}  // namespace faultline
