// The coalition part of the HTML report: the faction graph, the balance certificate and the keystones.
#include <fmt/format.h>

#include "faultline/report/html_escape.hpp"
#include "faultline/report/html_sections.hpp"
#include "faultline/report/svg_coalition_charts.hpp"

namespace faultline::report::html {
namespace {

std::string factions_table(const CoalitionResult& result) {
  const std::vector<int> factions = node_factions(result);
  const int count = factions.empty() ? 0 : *std::max_element(factions.begin(), factions.end()) + 1;
  std::string out = R"(<details class="numbers"><summary>Factions and keystones as tables</summary><table>)"
                    R"(<caption>Factions</caption><thead><tr><th scope="col">faction</th>)"
                    R"(<th scope="col">members</th></tr></thead><tbody>)";
  for (int f = 0; f < count; ++f) {
    std::string members;
    for (std::size_t v = 0; v < factions.size(); ++v) {
      if (factions[v] != f) continue;
      members += (members.empty() ? "" : ", ") + html_escape(node_name(result.graph, static_cast<int>(v)));
    }
    out += fmt::format(R"(<tr><th scope="row">{}</th><td>{}</td></tr>)", f + 1, members);
  }
  out += "</tbody></table>";
  if (result.keystones) {
    out +=
        R"(<table><caption>Keystones, most depended on first</caption><thead><tr><th scope="col">actor</th>)"
        R"(<th scope="col">dependency</th><th scope="col">stranded</th><th scope="col">tie weight lost</th>)"
        R"(<th scope="col">frustration change</th><th scope="col">factions after</th></tr></thead><tbody>)";
    for (const Keystone& k : result.keystones->ranking) {
      out += fmt::format(R"(<tr><th scope="row">{}{}</th><td class="num">{}</td><td class="num">{}</td>)"
                         R"(<td class="num">{}</td><td class="num">{}</td><td class="num">{}</td></tr>)",
                         html_escape(node_name(result.graph, k.node)), k.member ? "" : " (outside)",
                         svg::fixed(k.dependency, 2), k.stranded, svg::percent(k.tie_weight_lost),
                         svg::signed_fixed(k.frustration_change, 2), k.factions_after);
    }
    out += "</tbody></table>";
  }
  return out + "</details>";
}

}  // namespace

std::string coalition_section(const ReportInputs& inputs, svg::Ids& ids) {
  const CoalitionResult& result = *inputs.coalition;
  std::string out =
      open_section("coalition", "Coalition: factions and keystones",
                   "The whole network of signed relations: which camps it falls into, where the "
                   "structure is strained, and whom the coalition cannot do without.");
  if (result.balance) {
    out += fmt::format(
        R"(<p>Structural balance: frustration index <strong>{}</strong> ({}{}). {}</p>)",
        svg::fixed(result.balance->frustration, 2), result.balance->optimal ? "proven optimal" : "best found",
        result.balance->optimal ? ""
                                : fmt::format(", lower bound {}", svg::fixed(result.balance->lower_bound, 2)),
        result.balance->frustration == 0.0
            ? "Every tie fits a split into two camps."
            : "The frustrated ties are the ones no split into two camps can satisfy.");
  }
  const std::string graph = faction_graph_figure(result, ids);
  out += graph.empty()
             ? std::string{R"(<p>The network is too large to draw legibly here; see the tables.</p>)"}
             : graph;
  out += keystone_figure(result, ids);
  out += factions_table(result);
  return out + "</section>\n";
}

}  // namespace faultline::report::html
