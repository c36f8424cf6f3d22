#include "faultline/report/alignment_text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "faultline/report/text_bar.hpp"

namespace faultline::report {

namespace {

constexpr std::size_t faultlines_shown = 8;
constexpr int bar_width = 20;

std::string upper(std::string_view text) {
  std::string out{text};
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::toupper(c); });
  return out;
}

std::string topic_label(const Scenario& scenario, const Faultline& line) {
  const Topic* topic = scenario.find_topic(line.topic_kind, line.on);
  return topic != nullptr && !topic->label.empty() ? topic->label : line.on;
}

// A table row: the label, then one column per side, wide enough for the longer actor id.
struct SideTable {
  std::size_t width;

  explicit SideTable(const TieAlignment& tie)
      : width{std::max<std::size_t>(10, 2 + std::max(tie.sides[0].actor.size(), tie.sides[1].actor.size()))} {
  }

  void header(std::string& out, std::string_view a, std::string_view b) const {
    out += fmt::format("    {:<28}{:>{}}{:>{}}\n", "", a, width, b, width);
  }
  void row(std::string& out, std::string_view label, double a, double b, std::string_view note = {}) const {
    out += fmt::format("    {:<28}{:>+{}.2f}{:>+{}.2f}", label, a, width, b, width);
    out += note.empty() ? std::string{"\n"} : fmt::format("  {}\n", note);
  }
};

void basis_rows(std::string& out, const TieAlignment& tie) {
  const auto& [a, b] = tie.sides;
  const std::array<std::pair<std::string_view, double Basis::*>, 4> terms{{{"values", &Basis::values},
                                                                           {"exchange", &Basis::exchange},
                                                                           {"common threat", &Basis::threat},
                                                                           {"power", &Basis::power}}};
  out += fmt::format("    basis (true)        {:<{}}  {}\n", a.actor, bar_width + 6, b.actor);
  for (const auto& [label, member] : terms) {
    out +=
        fmt::format("      {:<14}  {} {:>3.0f}%  {} {:>3.0f}%\n", label, text_bar(a.basis.*member, bar_width),
                    100 * a.basis.*member, text_bar(b.basis.*member, bar_width), 100 * b.basis.*member);
  }
}

std::string faultline_note(const Faultline& line, const TieAlignment& tie) {
  if (line.kind == FaultlineKind::projection) {
    return fmt::format("{} believes {:+.2f}, truth {:+.2f}", line.holder, line.positions[0],
                       line.positions[1]);
  }
  return fmt::format("{} {:+.2f} vs {} {:+.2f}", tie.between[0], line.positions[0], tie.between[1],
                     line.positions[1]);
}

void faultline_rows(std::string& out, const TieAlignment& tie, const Scenario& scenario) {
  if (tie.faultlines.empty()) {
    out += "    faultlines: none above the severity floor\n";
    return;
  }
  out += fmt::format("    faultlines {:<31}{:<11}{:>8}{:>10}  {}\n", "", "kind", "severity", "salience",
                     "positions");
  const std::size_t shown = std::min(tie.faultlines.size(), faultlines_shown);
  for (std::size_t i = 0; i < shown; ++i) {
    const Faultline& line = tie.faultlines[i];
    out += fmt::format("    {:>2}. {:<48} {:<10}{:>8.2f}{:>10.2f}  {}\n", i + 1,
                       fmt::format("{} ({})", topic_label(scenario, line), to_string(line.topic_kind)),
                       to_string(line.kind), line.severity, line.joint_salience, faultline_note(line, tie));
  }
  if (tie.faultlines.size() > shown) {
    out += fmt::format("        … and {} more (see --json)\n", tie.faultlines.size() - shown);
  }
}

std::string actor_name(const Scenario& scenario, const std::string& id) {
  const Actor* actor = scenario.find_actor(id);
  return actor != nullptr && !actor->name.empty() ? actor->name : id;
}

}  // namespace

std::string alignment_text(const AlignmentResult& result, const Scenario& scenario) {
  std::string out = fmt::format("Alignment — {} ({})", result.title, result.scenario);
  out += result.as_of.empty() ? "\n" : fmt::format(", as of {}\n", result.as_of);
  if (result.ties.empty()) out += "\n  The scenario declares no ties.\n";
  for (const TieAlignment& tie : result.ties) {
    const auto& [a, b] = tie.sides;
    out += fmt::format("\n  {} – {}: {}\n", actor_name(scenario, a.actor), actor_name(scenario, b.actor),
                       upper(to_string(tie.classification)));
    out += fmt::format("    {}\n\n", tie.reason);
    const SideTable table{tie};
    table.header(out, a.actor, b.actor);
    table.row(out, "value agreement (true)", a.value_agreement, b.value_agreement);
    table.row(out, "value agreement (perceived)", a.perceived_value_agreement, b.perceived_value_agreement);
    table.row(out, "projection gap", a.projection_gap, b.projection_gap, "perceived − true");
    table.row(out, "issue agreement", a.issue_agreement, b.issue_agreement);
    table.row(out, "exchange", a.exchange, b.exchange, "value received − cost given");
    table.row(out, "common threat", a.common_threat, b.common_threat);
    table.row(out, "power asymmetry", a.power_asymmetry, b.power_asymmetry, "> 0: the stronger side");
    table.row(out, "issue cost", a.issue_cost, b.issue_cost);
    table.row(out, "worth (as perceived)", a.worth, b.worth);
    table.row(out, "worth (revealed)", a.revealed_worth, b.revealed_worth, "were every perception true");
    table.row(out, "exit threshold", a.threshold, b.threshold);
    out += "\n";
    basis_rows(out, tie);
    out += "\n";
    faultline_rows(out, tie, scenario);
  }
  return out;
}

}  // namespace faultline::report
