#include "faultline/report/html_report.hpp"

#include <fmt/format.h>

#include <array>

#include "faultline/analysis/pitch_words.hpp"
#include "faultline/model/error.hpp"
#include "faultline/report/html_escape.hpp"
#include "faultline/report/html_sections.hpp"
#include "faultline/report/svg_palette.hpp"

namespace faultline::report {

namespace html {

namespace {

// The basis term that carries most of the tie, averaged over its two sides.
std::string rests_on(const TieAlignment& tie) {
  constexpr std::array<svg::BasisTerm, 4> terms{svg::BasisTerm::values, svg::BasisTerm::exchange,
                                                svg::BasisTerm::threat, svg::BasisTerm::power};
  svg::BasisTerm best = terms[0];
  double best_share = -1.0;
  for (const svg::BasisTerm term : terms) {
    const double share =
        (svg::basis_share(tie.sides[0].basis, term) + svg::basis_share(tie.sides[1].basis, term)) / 2.0;
    if (share > best_share + 1e-12) {
      best = term;
      best_share = share;
    }
  }
  if (best_share <= 0.0) return "nothing positive";
  return fmt::format("{} {}", svg::basis_label(best), svg::percent(best_share));
}

const TieForecast* forecast_of(const StressResult& result, const std::array<std::string, 2>& between) {
  for (const TieForecast& tie : result.ties) {
    if (tie.between == between) return &tie;
  }
  return nullptr;
}

}  // namespace

std::string overview_section(const ReportInputs& inputs) {
  const Scenario& scenario = *inputs.scenario;
  std::string out =
      open_section("overview", "At a glance",
                   "Every declared tie: what holds it together and, where forecast, how likely it is "
                   "to break.");
  out +=
      R"(<div class="table-scroll"><table class="overview"><caption>The ties of the scenario</caption><thead><tr>)"
      R"(<th scope="col">tie</th><th scope="col">classification</th><th scope="col">rests mostly on</th>)"
      R"(<th scope="col">worth (true)</th>)";
  const BatteryResult* battery = inputs.battery;
  if (battery != nullptr) {
    out += R"(<th scope="col">P(fracture)</th><th scope="col">worst pressure</th>)";
  }
  out += "</tr></thead><tbody>";
  for (const TieAlignment& tie : inputs.alignment->ties) {
    out +=
        fmt::format(R"(<tr><th scope="row">{} – {}</th><td>{}</td><td>{}</td><td class="num">{}</td>)",
                    html_escape(pitch_words::actor(scenario, tie.between[0])),
                    html_escape(pitch_words::actor(scenario, tie.between[1])),
                    classification_badge(tie.classification), rests_on(tie),
                    svg::signed_fixed((tie.sides[0].revealed_worth + tie.sides[1].revealed_worth) / 2.0, 2));
    if (battery != nullptr) {
      const TieForecast* forecast = forecast_of(battery->baseline, tie.between);
      if (forecast == nullptr) {
        out += "<td>—</td><td>—</td>";
      } else {
        std::string worst = "—";
        double worst_p = forecast->p_fracture;
        for (const PressureForecast& pressure : battery->pressures) {
          const TieForecast* pressed = forecast_of(pressure.result, tie.between);
          if (pressed != nullptr && pressed->p_fracture > worst_p + 0.005) {
            worst_p = pressed->p_fracture;
            worst = fmt::format("{} → {}", pressure.id, svg::fixed(worst_p, 2));
          }
        }
        // Counting stops at an observed break, so say which date the probability is for.
        const std::string until = forecast->observed_end
                                      ? forecast->observed_end->to_iso() + ", the observed end"
                                      : battery->baseline.horizon.to_iso();
        out += fmt::format(
            R"(<td class="num" data-p-fracture="{}">{} <small class="by">by {}</small></td><td>{}</td>)",
            svg::fixed(forecast->p_fracture, 6), svg::fixed(forecast->p_fracture, 2), until,
            html_escape(worst));
      }
    }
    out += "</tr>";
  }
  out += "</tbody></table></div>";
  out +=
      R"(<details class="how-to-read"><summary>How to read this report</summary><ul>)"
      R"(<li><strong>aligned</strong>: shared values carry the tie on both sides — it survives pressure.</li>)"
      R"(<li><strong>transactional</strong>: exchange carries it — it holds while the exchange flows.</li>)"
      R"(<li><strong>common-enemy</strong>: a shared threat carries it — it holds while the enemy stands.</li>)"
      R"(<li><strong>power-dependent</strong>: deference to a much stronger partner carries it.</li>)"
      R"(<li><strong>hostile</strong>: the tie is worth less than nothing to a side.</li>)"
      R"(<li>Every colour in a chart is doubled by a dash pattern, a fill pattern, a shape or a word, so the )"
      R"(charts read in grey-scale print and without colour vision.</li></ul></details>)";
  return out + "</section>\n";
}

}  // namespace html

std::string html_report_sections(const ReportInputs& inputs) {
  if (inputs.scenario == nullptr || inputs.alignment == nullptr)
    throw Error("the HTML report needs a scenario and its alignment analysis");
  svg::Ids ids;
  const ValueMap map = map_values(*inputs.scenario);
  std::string out = svg::pattern_definitions();
  out += html::overview_section(inputs);
  out += html::alignment_section(inputs, map, ids);
  out += html::perception_section(inputs, ids);
  if (inputs.battery != nullptr) out += html::stress_section(inputs, ids);
  if (inputs.coalition != nullptr) out += html::coalition_section(inputs, ids);
  if (!inputs.pitches.empty()) {
    out += html::open_section(
        "pitch", "Pitch briefs",
        "Each proposal put to its room: who supports it and why, whether the support lasts "
        "past the meeting, and seed 000's five clarity questions answered from the model.");
    for (const PitchResult* pitch : inputs.pitches) {
      if (pitch != nullptr) out += html::pitch_section(*inputs.scenario, *pitch, ids);
    }
    out += "</section>\n";
  }
  return out;
}

std::string html_report_page(const ReportInputs& inputs) {
  const std::string sections = html_report_sections(inputs);
  const Scenario& scenario = *inputs.scenario;
  const std::string title = scenario.title.empty() ? scenario.id : scenario.title;
  std::string out =
      "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += fmt::format("<title>faultline report — {}</title>\n<style>\n{}</style>\n</head>\n<body>\n",
                     html_escape(title), html_report_css());
  out += R"(<a class="skip-link" href="#fl-main">Skip to the report</a>)";
  out += fmt::format(R"(<header class="page-header"><p class="kicker">faultline report</p><h1>{}</h1>)",
                     html_escape(title));
  out += fmt::format(R"(<p class="meta">Scenario <code>{}</code> · {} to {} · {} actors, {} ties)",
                     html_escape(scenario.id), scenario.time.start.to_iso(), scenario.time.end.to_iso(),
                     scenario.actors.size(), scenario.ties.size());
  if (inputs.battery != nullptr) {
    out += fmt::format(" · forecast: {} runs per pressure, seed {}", inputs.battery->baseline.runs,
                       inputs.battery->baseline.seed);
  }
  out += "</p>";
  out += R"(<nav aria-label="Sections of the report"><ul>)"
         R"(<li><a href="#fl-overview">At a glance</a></li><li><a href="#fl-alignment">Alignment</a></li>)"
         R"(<li><a href="#fl-perception">Perception vs truth</a></li>)";
  if (inputs.battery != nullptr) out += R"(<li><a href="#fl-stress">Stress</a></li>)";
  if (inputs.coalition != nullptr) out += R"(<li><a href="#fl-coalition">Coalition</a></li>)";
  if (!inputs.pitches.empty()) out += R"(<li><a href="#fl-pitch">Pitch briefs</a></li>)";
  out += "</ul></nav></header>\n<main id=\"fl-main\" tabindex=\"-1\">\n";
  out += sections;
  out +=
      "</main>\n<footer class=\"page-footer\"><p>Made by faultline from the scenario above. Self-contained: "
      "no scripts, no fonts or images from elsewhere.</p></footer>\n</body>\n</html>\n";
  return out;
}

}  // namespace faultline::report
