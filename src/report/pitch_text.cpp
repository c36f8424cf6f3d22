#include "faultline/report/pitch_text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <sstream>

#include "faultline/report/text_bar.hpp"

namespace faultline::report {

namespace {

constexpr std::size_t text_width = 100;
constexpr int bar_width = 20;

std::string name_of(const Scenario& scenario, const std::string& id) {
  const Actor* actor = scenario.find_actor(id);
  return actor != nullptr && !actor->name.empty() ? actor->name : id;
}

std::string label_of(const Scenario& scenario, const Assertion& a) {
  const Topic* topic = scenario.find_topic(a.kind, a.topic);
  return topic != nullptr && !topic->label.empty() ? topic->label : a.topic;
}

// Greedy word wrap to `width` columns (counting UTF-8 code points), every line starting with `indent`.
std::string wrap(const std::string& text, const std::string& indent, std::size_t width = text_width) {
  const auto columns = [](const std::string& s) {
    std::size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80 ? 1 : 0;
    return n;
  };
  std::istringstream words{text};
  std::string out;
  std::string line = indent;
  std::size_t used = columns(indent);
  bool empty = true;
  for (std::string word; words >> word;) {
    if (!empty && used + 1 + columns(word) > width) {
      out += line + "\n";
      line = indent;
      used = columns(indent);
      empty = true;
    }
    if (!empty) {
      line += ' ';
      ++used;
    }
    line += word;
    used += columns(word);
    empty = false;
  }
  if (!empty) out += line + "\n";
  return out;
}

std::string room_names(const PitchResult& result, const Scenario& scenario) {
  std::string names;
  for (std::size_t i = 0; i < result.room.size(); ++i) {
    if (i > 0) names += i + 1 == result.room.size() ? " and " : ", ";
    names += name_of(scenario, result.room[i]);
  }
  return names;
}

// The value of the option's position on `topic`, or "—" when it asserts none.
std::string position_cell(std::span<const Assertion> asserts, const std::string& topic) {
  for (const Assertion& a : asserts) {
    if (a.topic == topic) return fmt::format("{:+.2f}", a.position);
  }
  return "—";
}

struct OptionColumn {
  std::string heading;
  std::span<const Assertion> asserts;
  RoomTotals support;
};

std::vector<OptionColumn> option_columns(const PitchResult& result) {
  const FalseChoice& choice = result.false_choice;
  return {{"proposal", result.terms.asserts, choice.proposal_support},
          {"alternative", choice.against, choice.against_support},
          {"third (weighted)", choice.weighted->asserts, choice.weighted->support},
          {"third (maximin)", choice.maximin->asserts, choice.maximin->support}};
}

// Every topic any column asserts, in the order they first appear.
std::vector<const Assertion*> option_topics(const std::vector<OptionColumn>& columns) {
  std::vector<const Assertion*> topics;
  for (const OptionColumn& column : columns) {
    for (const Assertion& a : column.asserts) {
      const bool seen =
          std::any_of(topics.begin(), topics.end(), [&](const Assertion* t) { return t->topic == a.topic; });
      if (!seen) topics.push_back(&a);
    }
  }
  return topics;
}

std::array<std::string, 5> answers_of(const PitchResult& result) {
  return {result.beliefs.answer, result.unaddressed.answer, result.risk.answer, result.false_choice.answer,
          result.future.answer};
}

}  // namespace

std::string pitch_text(const PitchResult& result, const Scenario& scenario) {
  std::string out = fmt::format("Pitch brief — {} ({})\n", result.proposal_title, result.proposal);
  out += wrap(fmt::format("{} pitching to {} · scenario {}", name_of(scenario, result.by),
                          room_names(result, scenario), result.scenario),
              "  ");
  out += "\n" + wrap(result.summary, "  ") + "\n";
  out += fmt::format("  {:<28}{:>8}{:>8}{:>8}{:>8}{:>9}  {:<11}{:>6}  {}\n", "member", "support", "values",
                     "offers", "losses", "expected", "stance", "kept", "follow-through");
  for (const PitchMember& member : result.members) {
    const MemberSupport& s = member.support;
    out += fmt::format("  {:<28}{:>+8.2f}{:>+8.2f}{:>+8.2f}{:>+8.2f}{:>+9.2f}  {:<11}{:>+6.2f}  {}\n",
                       name_of(scenario, s.id), s.support, s.from_values, s.from_offers, s.losses,
                       member.expected_support, to_string(s.stance), member.follow_up.kept,
                       to_string(member.follow_up.outcome));
  }
  out += fmt::format("  {:<28}{:>+8.2f}{:>51}{:>+6.2f}\n", "room (capability-weighted)",
                     result.support.weighted, "", result.kept_support.weighted);
  out += fmt::format("\n  missionary share  {} {:>3.0f}%   (values vs offers)\n",
                     text_bar(result.missionary_share, bar_width), 100.0 * result.missionary_share);

  const auto answers = answers_of(result);
  for (int n = 1; n <= 5; ++n) {
    out += fmt::format("\n  {}. {}\n", n, clarity_question(n));
    out += wrap(answers[static_cast<std::size_t>(n - 1)], "     ");
  }

  if (result.false_choice.framed) {
    const auto columns = option_columns(result);
    out += fmt::format("\n  {:<30}", "options");
    for (const OptionColumn& column : columns) out += fmt::format("{:>18}", column.heading);
    out += "\n";
    for (const Assertion* topic : option_topics(columns)) {
      out += fmt::format("  {:<30}", label_of(scenario, *topic));
      for (const OptionColumn& column : columns)
        out += fmt::format("{:>18}", position_cell(column.asserts, topic->topic));
      out += "\n";
    }
    out += fmt::format("  {:<30}", "room support (weighted)");
    for (const OptionColumn& column : columns) out += fmt::format("{:>+18.2f}", column.support.weighted);
    out += fmt::format("\n  {:<30}", "least supportive member");
    for (const OptionColumn& column : columns) out += fmt::format("{:>+18.2f}", column.support.minimum);
    out += "\n";
  }
  return out;
}

std::string pitch_markdown(const PitchResult& result, const Scenario& scenario) {
  std::string out = fmt::format("## Pitch brief: {}\n\n", result.proposal_title);
  out += fmt::format("*{} pitching to {}* — proposal `{}`, scenario `{}`\n\n", name_of(scenario, result.by),
                     room_names(result, scenario), result.proposal, result.scenario);
  out += result.summary + "\n\n";
  out +=
      "| Member | Support | Values | Offers | Losses | Expected | Stance | After follow-up | Follow-through "
      "|\n";
  out += "|---|--:|--:|--:|--:|--:|---|--:|---|\n";
  for (const PitchMember& member : result.members) {
    const MemberSupport& s = member.support;
    out += fmt::format("| {} | {:+.2f} | {:+.2f} | {:+.2f} | {:+.2f} | {:+.2f} | {} | {:+.2f} | {} |\n",
                       name_of(scenario, s.id), s.support, s.from_values, s.from_offers, s.losses,
                       member.expected_support, to_string(s.stance), member.follow_up.kept,
                       to_string(member.follow_up.outcome));
  }
  out += fmt::format("| **Room** (capability-weighted) | **{:+.2f}** | | | | | | **{:+.2f}** | |\n\n",
                     result.support.weighted, result.kept_support.weighted);
  out += fmt::format(
      "**Missionary share:** {:.0f}% of the support is won through values, {:.0f}% through offers.\n",
      100.0 * result.missionary_share, 100.0 * (1.0 - result.missionary_share));

  const auto answers = answers_of(result);
  for (int n = 1; n <= 5; ++n) {
    out +=
        fmt::format("\n### {}. {}\n\n{}\n", n, clarity_question(n), answers[static_cast<std::size_t>(n - 1)]);
  }

  if (result.false_choice.framed) {
    const auto columns = option_columns(result);
    out += "\n| Option |";
    for (const OptionColumn& column : columns) out += fmt::format(" {} |", column.heading);
    out += "\n|---|";
    for (std::size_t i = 0; i < columns.size(); ++i) out += "--:|";
    out += "\n";
    for (const Assertion* topic : option_topics(columns)) {
      out += fmt::format("| {} |", label_of(scenario, *topic));
      for (const OptionColumn& column : columns)
        out += fmt::format(" {} |", position_cell(column.asserts, topic->topic));
      out += "\n";
    }
    out += "| Room support (weighted) |";
    for (const OptionColumn& column : columns) out += fmt::format(" {:+.2f} |", column.support.weighted);
    out += "\n| Least supportive member |";
    for (const OptionColumn& column : columns) out += fmt::format(" {:+.2f} |", column.support.minimum);
    out += "\n";
  }
  return out;
}

}  // namespace faultline::report
