// The alignment part of the HTML report: the map, the tie cards and the perception section.
#include <fmt/format.h>

#include <algorithm>

#include "faultline/analysis/pitch_words.hpp"
#include "faultline/report/html_escape.hpp"
#include "faultline/report/html_sections.hpp"
#include "faultline/report/svg_alignment_map.hpp"
#include "faultline/report/svg_palette.hpp"
#include "faultline/report/svg_perception.hpp"
#include "faultline/report/svg_tie_charts.hpp"

namespace faultline::report::html {
namespace {

std::string tie_name(const Scenario& scenario, const TieAlignment& tie) {
  return pitch_words::actor(scenario, tie.between[0]) + " – " + pitch_words::actor(scenario, tie.between[1]);
}

// The side table of the text report, as the charts' table alternative.
std::string numbers_table(const Scenario& scenario, const TieAlignment& tie) {
  // Named references, not a structured binding: C++20 lets a lambda capture a binding, but clang before 16
  // refuses it.
  const SideAlignment& a = tie.sides[0];
  const SideAlignment& b = tie.sides[1];
  std::string out = R"(<details class="numbers"><summary>The numbers behind the charts</summary><table>)";
  out += fmt::format("<caption>{}: both sides' terms</caption>", html_escape(tie_name(scenario, tie)));
  out += fmt::format(
      R"(<thead><tr><th scope="col">term</th><th scope="col">{}</th><th scope="col">{}</th></tr></thead><tbody>)",
      html_escape(pitch_words::actor(scenario, a.actor)), html_escape(pitch_words::actor(scenario, b.actor)));
  const auto row = [&](std::string_view label, double SideAlignment::*member) {
    out += fmt::format(R"(<tr><th scope="row">{}</th><td class="num">{}</td><td class="num">{}</td></tr>)",
                       label, svg::signed_fixed(a.*member, 2), svg::signed_fixed(b.*member, 2));
  };
  row("value agreement (true)", &SideAlignment::value_agreement);
  row("value agreement (perceived)", &SideAlignment::perceived_value_agreement);
  row("projection gap (perceived − true)", &SideAlignment::projection_gap);
  row("issue agreement", &SideAlignment::issue_agreement);
  row("exchange (received − given)", &SideAlignment::exchange);
  row("common threat", &SideAlignment::common_threat);
  row("power asymmetry (&gt; 0: the stronger side)", &SideAlignment::power_asymmetry);
  row("issue cost", &SideAlignment::issue_cost);
  row("worth (as perceived)", &SideAlignment::worth);
  row("worth (revealed)", &SideAlignment::revealed_worth);
  row("exit threshold", &SideAlignment::threshold);
  out += "</tbody></table>";
  out += R"(<table><caption>Faultlines, most severe first</caption><thead><tr><th scope="col">#</th>)"
         R"(<th scope="col">topic</th><th scope="col">kind</th><th scope="col">severity</th>)"
         R"(<th scope="col">joint salience</th><th scope="col">positions</th></tr></thead><tbody>)";
  for (std::size_t i = 0; i < tie.faultlines.size(); ++i) {
    const Faultline& line = tie.faultlines[i];
    const std::string positions =
        line.kind == FaultlineKind::projection
            ? fmt::format("{} believes {}, truth {}", pitch_words::actor(scenario, line.holder),
                          svg::signed_fixed(line.positions[0], 2), svg::signed_fixed(line.positions[1], 2))
            : fmt::format("{} {} vs {} {}", pitch_words::actor(scenario, tie.between[0]),
                          svg::signed_fixed(line.positions[0], 2),
                          pitch_words::actor(scenario, tie.between[1]),
                          svg::signed_fixed(line.positions[1], 2));
    out += fmt::format(R"(<tr><td class="num">{}</td><td>{} ({})</td><td>{}</td><td class="num">{}</td>)"
                       R"(<td class="num">{}</td><td>{}</td></tr>)",
                       i + 1, html_escape(pitch_words::topic(scenario, line.topic_kind, line.on)),
                       to_string(line.topic_kind), to_string(line.kind), svg::fixed(line.severity, 2),
                       svg::fixed(line.joint_salience, 2), html_escape(positions));
  }
  return out + "</tbody></table></details>";
}

}  // namespace

std::string open_section(std::string_view id, std::string_view heading, std::string_view lead) {
  std::string out =
      fmt::format(R"(<section id="fl-{0}" class="report-section" aria-labelledby="fl-{0}-heading">)"
                  R"(<h2 id="fl-{0}-heading">{1}</h2>)",
                  id, html_escape(heading));
  if (!lead.empty()) out += fmt::format(R"(<p class="lead">{}</p>)", html_escape(lead));
  return out;
}

std::string classification_badge(Classification classification) {
  const svg::LineStyle style = svg::classification_style(classification);
  return fmt::format(
      R"(<span class="badge badge-{0}" style="border-color:{1}"><svg viewBox="0 0 28 10" )"
      R"(width="28" height="10" aria-hidden="true" focusable="false"><line x1="0" y1="5" x2="28" )"
      R"(y2="5" {2} stroke-width="4"/></svg>{0}</span>)",
      to_string(classification), style.colour, svg::classification_stroke(classification));
}

std::string alignment_section(const ReportInputs& inputs, const ValueMap& map, svg::Ids& ids) {
  const Scenario& scenario = *inputs.scenario;
  const AlignmentResult& alignment = *inputs.alignment;
  std::string out =
      open_section("alignment", "Alignment: what each tie rests on",
                   alignment.as_of.empty()
                       ? "The scenario as declared, before any of its events."
                       : "The scenario as of " + alignment.as_of + ", its events up to that date applied.");
  out += alignment_map_figure(scenario, alignment, map, ids);
  for (const TieAlignment& tie : alignment.ties) {
    const std::string heading_id = ids.next("tie");
    out += fmt::format(R"(<article class="tie" aria-labelledby="{}">)", heading_id);
    out += fmt::format(R"(<h3 id="{}">{} {}</h3>)", heading_id, html_escape(tie_name(scenario, tie)),
                       classification_badge(tie.classification));
    out += fmt::format(R"(<p class="reason">{}</p>)", html_escape(tie.reason));
    out += basis_figure(scenario, tie, ids);
    out += faultlines_figure(scenario, tie, ids);
    out += numbers_table(scenario, tie);
    out += "</article>";
  }
  return out + "</section>\n";
}

std::string perception_section(const ReportInputs& inputs, svg::Ids& ids) {
  const std::string gaps = perception_gap_figure(*inputs.scenario, *inputs.alignment, ids);
  const std::string projections = projection_figure(*inputs.scenario, *inputs.alignment, ids);
  std::string out =
      open_section("perception", "Perception vs truth",
                   "What each side believes its partner holds, against what the partner holds.");
  if (gaps.empty() && projections.empty())
    out += R"(<p>Every side sees its partner as it is: no perception differs from the truth.</p>)";
  return out + gaps + projections + "</section>\n";
}

}  // namespace faultline::report::html
