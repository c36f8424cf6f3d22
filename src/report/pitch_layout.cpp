#include "faultline/report/pitch_layout.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "faultline/analysis/pitch_words.hpp"

namespace faultline::report::pitch_layout {

std::string room_names(const PitchResult& result, const Scenario& scenario) {
  std::string names;
  for (std::size_t i = 0; i < result.room.size(); ++i) {
    if (i > 0) names += i + 1 == result.room.size() ? " and " : ", ";
    names += pitch_words::actor(scenario, result.room[i]);
  }
  return names;
}

std::array<std::string, 5> answers(const PitchResult& result) {
  return {result.beliefs.answer, result.unaddressed.answer, result.risk.answer, result.false_choice.answer,
          result.future.answer};
}

std::vector<OptionColumn> option_columns(const PitchResult& result) {
  const FalseChoice& choice = result.false_choice;
  if (!choice.framed) return {};
  return {{"proposal", result.terms.asserts, choice.proposal_support},
          {"alternative", choice.against, choice.against_support},
          {"third (weighted)", choice.weighted->asserts, choice.weighted->support},
          {"third (maximin)", choice.maximin->asserts, choice.maximin->support}};
}

std::vector<Assertion> option_topics(std::span<const OptionColumn> columns) {
  std::vector<Assertion> topics;
  for (const OptionColumn& column : columns) {
    for (const Assertion& a : column.asserts) {
      const bool seen =
          std::any_of(topics.begin(), topics.end(), [&](const Assertion& t) { return t.topic == a.topic; });
      if (!seen) topics.push_back(a);
    }
  }
  return topics;
}

std::string position_cell(const OptionColumn& column, const std::string& topic) {
  for (const Assertion& a : column.asserts) {
    if (a.topic == topic) return fmt::format("{:+.2f}", a.position);
  }
  return "—";
}

}  // namespace faultline::report::pitch_layout
