#include "faultline/report/pitch_markdown.hpp"

#include <fmt/format.h>

#include "faultline/analysis/pitch_words.hpp"
#include "faultline/report/pitch_layout.hpp"

namespace faultline::report {

namespace {

void member_table(std::string& out, const PitchResult& result, const Scenario& scenario) {
  out +=
      "| Member | Support | Values | Offers | Losses | Expected | Stance | After follow-up | Follow-through "
      "|\n";
  out += "|---|--:|--:|--:|--:|--:|---|--:|---|\n";
  for (const PitchMember& member : result.members) {
    const MemberSupport& s = member.support;
    out += fmt::format("| {} | {:+.2f} | {:+.2f} | {:+.2f} | {:+.2f} | {:+.2f} | {} | {:+.2f} | {} |\n",
                       pitch_words::actor(scenario, s.id), s.support, s.from_values, s.from_offers, s.losses,
                       member.expected_support, to_string(s.stance), member.follow_up.kept,
                       to_string(member.follow_up.outcome));
  }
  out += fmt::format("| **Room** (capability-weighted) | **{:+.2f}** | | | | | | **{:+.2f}** | |\n",
                     result.support.weighted, result.kept_support.weighted);
}

void option_table(std::string& out, const PitchResult& result, const Scenario& scenario) {
  const auto options = pitch_layout::option_columns(result);
  if (options.empty()) return;
  out += "\n| Option |";
  for (const auto& column : options) out += fmt::format(" {} |", column.heading);
  out += "\n|---|";
  for (std::size_t i = 0; i < options.size(); ++i) out += "--:|";
  out += "\n";
  for (const Assertion& topic : pitch_layout::option_topics(options)) {
    out += fmt::format("| {} |", pitch_words::topic(scenario, topic.kind, topic.topic));
    for (const auto& column : options)
      out += fmt::format(" {} |", pitch_layout::position_cell(column, topic.topic));
    out += "\n";
  }
  out += "| Room support (weighted) |";
  for (const auto& column : options) out += fmt::format(" {:+.2f} |", column.support.weighted);
  out += "\n| Least supportive member |";
  for (const auto& column : options) out += fmt::format(" {:+.2f} |", column.support.minimum);
  out += "\n";
}

}  // namespace

std::string pitch_markdown(const PitchResult& result, const Scenario& scenario) {
  std::string out = fmt::format("## Pitch brief: {}\n\n", result.proposal_title);
  out += fmt::format("*{} pitching to {}* — proposal `{}`, scenario `{}`\n\n",
                     pitch_words::actor(scenario, result.by), pitch_layout::room_names(result, scenario),
                     result.proposal, result.scenario);
  out += result.summary + "\n\n";
  member_table(out, result, scenario);
  out += fmt::format(
      "\n**Missionary share:** {:.0f}% of the support is won through values, {:.0f}% through offers.\n",
      100.0 * result.missionary_share, 100.0 * (1.0 - result.missionary_share));
  const auto answers = pitch_layout::answers(result);
  for (int n = 1; n <= 5; ++n) {
    out +=
        fmt::format("\n### {}. {}\n\n{}\n", n, clarity_question(n), answers[static_cast<std::size_t>(n - 1)]);
  }
  option_table(out, result, scenario);
  return out;
}

}  // namespace faultline::report
