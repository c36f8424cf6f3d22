// One pitch brief in the HTML report: the summary, the support chart, the five clarity questions with their
// answers and the options of the false choice.
#include <fmt/format.h>

#include "faultline/analysis/pitch_words.hpp"
#include "faultline/report/html_escape.hpp"
#include "faultline/report/html_sections.hpp"
#include "faultline/report/pitch_layout.hpp"
#include "faultline/report/svg_pitch_charts.hpp"

namespace faultline::report::html {
namespace {

std::string options_table(const PitchResult& pitch, const Scenario& scenario) {
  const std::vector<pitch_layout::OptionColumn> columns = pitch_layout::option_columns(pitch);
  if (columns.empty()) return {};
  std::string out =
      R"(<div class="table-scroll"><table class="options"><caption>The false choice and the third )"
      R"(options: positions asserted and the room's support</caption><thead><tr><th scope="col">topic</th>)";
  for (const auto& column : columns)
    out += fmt::format(R"(<th scope="col">{}</th>)", html_escape(column.heading));
  out += "</tr></thead><tbody>";
  for (const Assertion& topic : pitch_layout::option_topics(columns)) {
    out += fmt::format(R"(<tr><th scope="row">{}</th>)",
                       html_escape(pitch_words::topic(scenario, topic.kind, topic.topic)));
    for (const auto& column : columns)
      out += fmt::format(R"(<td class="num">{}</td>)",
                         html_escape(pitch_layout::position_cell(column, topic.topic)));
    out += "</tr>";
  }
  out += R"(<tr><th scope="row">room support (capability-weighted)</th>)";
  for (const auto& column : columns)
    out += fmt::format(R"(<td class="num">{}</td>)", svg::signed_fixed(column.support.weighted, 2));
  out += R"(</tr><tr><th scope="row">least supportive member</th>)";
  for (const auto& column : columns)
    out += fmt::format(R"(<td class="num">{}</td>)", svg::signed_fixed(column.support.minimum, 2));
  return out + "</tr></tbody></table></div>";
}

}  // namespace

std::string pitch_section(const Scenario& scenario, const PitchResult& pitch, svg::Ids& ids) {
  const std::string heading_id = ids.next("pitch");
  std::string out = fmt::format(
      R"(<article class="pitch" aria-labelledby="{}"><h3 id="{}">{}</h3>)", heading_id, heading_id,
      html_escape(pitch.proposal_title.empty() ? pitch.proposal : pitch.proposal_title));
  out += fmt::format(R"(<p class="meta">{} pitching to {} · proposal <code>{}</code></p>)",
                     html_escape(pitch_words::actor(scenario, pitch.by)),
                     html_escape(pitch_layout::room_names(pitch, scenario)), html_escape(pitch.proposal));
  out += fmt::format(R"(<p class="summary">{}</p>)", html_escape(pitch.summary));
  out += pitch_support_figure(scenario, pitch, ids);
  out += R"(<ol class="questions">)";
  const std::array<std::string, 5> answers = pitch_layout::answers(pitch);
  for (int n = 1; n <= 5; ++n) {
    out +=
        fmt::format(R"(<li><h4>{}. {}</h4><p class="answer">{}</p></li>)", n,
                    html_escape(clarity_question(n)), html_escape(answers[static_cast<std::size_t>(n - 1)]));
  }
  out += "</ol>";
  out += options_table(pitch, scenario);
  return out + "</article>\n";
}

}  // namespace faultline::report::html
