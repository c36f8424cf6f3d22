// The stress part of the HTML report: survival curves with the scenario's events, and the battery.
#include <fmt/format.h>

#include "faultline/analysis/pitch_words.hpp"
#include "faultline/report/html_escape.hpp"
#include "faultline/report/html_sections.hpp"
#include "faultline/report/svg_stress_charts.hpp"

namespace faultline::report::html {
namespace {

std::string events_list(const Scenario& scenario, const StressResult& result) {
  std::string out;
  for (const Event& event : scenario.events) {
    if (event.at < result.start || event.at > result.horizon) continue;
    out += fmt::format("<li><time>{}</time> {}</li>", event.at.to_iso(), html_escape(event.what));
  }
  if (out.empty()) return {};
  return R"(<details class="events" open><summary>The scenario's events (numbered on the time axis)</summary><ol>)" +
         out + "</ol></details>";
}

std::string forecast_table(const Scenario& scenario, const StressResult& result) {
  std::string out =
      R"(<details class="numbers"><summary>The forecast as a table</summary><div class="table-scroll"><table>)"
      R"(<caption>Fracture forecast per tie</caption><thead><tr><th scope="col">tie</th>)"
      R"(<th scope="col">P(fracture)</th><th scope="col">95% interval</th><th scope="col">median fracture</th>)"
      R"(<th scope="col">first to leave</th><th scope="col">main trigger</th></tr></thead><tbody>)";
  for (const TieForecast& tie : result.ties) {
    const std::string first =
        tie.p_fracture > 0.0
            ? fmt::format("{} {}, {} {}", pitch_words::actor(scenario, tie.between[0]),
                          svg::percent(tie.first_to_leave[0]), pitch_words::actor(scenario, tie.between[1]),
                          svg::percent(tie.first_to_leave[1]))
            : "—";
    const std::string trigger = tie.triggers.empty()
                                    ? "—"
                                    : fmt::format("{} ({} of breaks)", tie.triggers.front().what,
                                                  svg::percent(tie.triggers.front().share));
    out += fmt::format(R"(<tr><th scope="row">{} – {}</th><td class="num">{}</td><td class="num">{}–{}</td>)"
                       R"(<td>{}</td><td>{}</td><td>{}</td></tr>)",
                       html_escape(pitch_words::actor(scenario, tie.between[0])),
                       html_escape(pitch_words::actor(scenario, tie.between[1])),
                       svg::fixed(tie.p_fracture, 2), svg::fixed(tie.ci95[0], 2), svg::fixed(tie.ci95[1], 2),
                       tie.median_fracture ? tie.median_fracture->to_iso() : "beyond the horizon",
                       html_escape(first), html_escape(trigger));
  }
  return out + "</tbody></table></div></details>";
}

std::string pressures_list(const BatteryResult& battery) {
  std::string out = R"(<dl class="pressures">)";
  for (const PressureForecast& pressure : battery.pressures) {
    out += fmt::format("<dt>{}{}</dt><dd>{}</dd>", html_escape(pressure.id),
                       pressure.standard ? "" : " (the scenario's own)", html_escape(pressure.what));
  }
  return out + "</dl>";
}

}  // namespace

std::string stress_section(const ReportInputs& inputs, svg::Ids& ids) {
  const Scenario& scenario = *inputs.scenario;
  const BatteryResult& battery = *inputs.battery;
  std::string out =
      open_section("stress", "Stress: will the ties hold?",
                   "A Monte-Carlo forecast over every uncertain input: when each tie breaks, who "
                   "leaves first, and how each standard pressure changes the odds.");
  out += survival_figure(scenario, *inputs.alignment, battery.baseline, ids);
  out += events_list(scenario, battery.baseline);
  out += forecast_table(scenario, battery.baseline);
  if (!battery.pressures.empty()) {
    out += battery_figure(scenario, *inputs.alignment, battery, ids);
    out += pressures_list(battery);
  }
  return out + "</section>\n";
}

}  // namespace faultline::report::html
