#include "faultline/report/pitch_text.hpp"

#include <fmt/format.h>

#include <sstream>

#include "faultline/analysis/pitch_words.hpp"
#include "faultline/report/pitch_layout.hpp"
#include "faultline/report/text_bar.hpp"

namespace faultline::report {

namespace {

constexpr std::size_t text_width = 100;
constexpr int bar_width = 20;

// Terminal columns of UTF-8 text: one per code point (the brief has no wide characters).
std::size_t columns(const std::string& text) {
  std::size_t n = 0;
  for (unsigned char c : text) n += (c & 0xC0) != 0x80 ? 1 : 0;
  return n;
}

// Greedy word wrap to `text_width` columns, every line starting with `indent`.
std::string wrap(const std::string& text, const std::string& indent) {
  std::istringstream words{text};
  std::string out;
  std::string line;
  for (std::string word; words >> word;) {
    if (!line.empty() && columns(indent) + columns(line) + 1 + columns(word) > text_width) {
      out += indent + line + "\n";
      line.clear();
    }
    line += (line.empty() ? "" : " ") + word;
  }
  if (!line.empty()) out += indent + line + "\n";
  return out;
}

void member_rows(std::string& out, const PitchResult& result, const Scenario& scenario) {
  out += fmt::format("  {:<28}{:>8}{:>8}{:>8}{:>8}{:>9}  {:<11}{:>6}  {}\n", "member", "support", "values",
                     "offers", "losses", "expected", "stance", "kept", "follow-through");
  for (const PitchMember& member : result.members) {
    const MemberSupport& s = member.support;
    out += fmt::format("  {:<28}{:>+8.2f}{:>+8.2f}{:>+8.2f}{:>+8.2f}{:>+9.2f}  {:<11}{:>+6.2f}  {}\n",
                       pitch_words::actor(scenario, s.id), s.support, s.from_values, s.from_offers, s.losses,
                       member.expected_support, to_string(s.stance), member.follow_up.kept,
                       to_string(member.follow_up.outcome));
  }
  out += fmt::format("  {:<28}{:>+8.2f}{:>51}{:>+6.2f}\n", "room (capability-weighted)",
                     result.support.weighted, "", result.kept_support.weighted);
}

void option_rows(std::string& out, const PitchResult& result, const Scenario& scenario) {
  const auto options = pitch_layout::option_columns(result);
  if (options.empty()) return;
  out += fmt::format("\n  {:<30}", "options");
  for (const auto& column : options) out += fmt::format("{:>18}", column.heading);
  out += "\n";
  for (const Assertion& topic : pitch_layout::option_topics(options)) {
    out += fmt::format("  {:<30}", pitch_words::topic(scenario, topic.kind, topic.topic));
    for (const auto& column : options) {
      out += fmt::format("{:>18}", pitch_layout::position_cell(column, topic.topic));
    }
    out += "\n";
  }
  out += fmt::format("  {:<30}", "room support (weighted)");
  for (const auto& column : options) out += fmt::format("{:>+18.2f}", column.support.weighted);
  out += fmt::format("\n  {:<30}", "least supportive member");
  for (const auto& column : options) out += fmt::format("{:>+18.2f}", column.support.minimum);
  out += "\n";
}

}  // namespace

std::string pitch_text(const PitchResult& result, const Scenario& scenario) {
  std::string out = fmt::format("Pitch brief — {} ({})\n", result.proposal_title, result.proposal);
  out += wrap(fmt::format("{} pitching to {} · scenario {}", pitch_words::actor(scenario, result.by),
                          pitch_layout::room_names(result, scenario), result.scenario),
              "  ");
  out += "\n" + wrap(result.summary, "  ") + "\n";
  member_rows(out, result, scenario);
  out += fmt::format("\n  missionary share  {} {:>3.0f}%   (values vs offers)\n",
                     text_bar(result.missionary_share, bar_width), 100.0 * result.missionary_share);
  const auto answers = pitch_layout::answers(result);
  for (int n = 1; n <= 5; ++n) {
    out += fmt::format("\n  {}. {}\n", n, clarity_question(n));
    out += wrap(answers[static_cast<std::size_t>(n - 1)], "     ");
  }
  option_rows(out, result, scenario);
  return out;
}

}  // namespace faultline::report
