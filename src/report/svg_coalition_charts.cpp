#include "faultline/report/svg_coalition_charts.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <numbers>

#include "faultline/report/html_escape.hpp"
#include "faultline/report/svg_palette.hpp"

namespace faultline::report {
namespace {

constexpr std::string_view frustrated_colour = "#F0E442";  // Okabe–Ito yellow: a halo, never the tie itself

bool frustrated(const CoalitionResult& result, const SignedEdge& edge) {
  return result.balance && is_frustrated(edge, result.balance->sides);
}

std::string line(double x1, double y1, double x2, double y2, std::string_view attributes) {
  return fmt::format(R"(<line x1="{}" y1="{}" x2="{}" y2="{}" {}/>)", svg::num(x1), svg::num(y1),
                     svg::num(x2), svg::num(y2), attributes);
}

}  // namespace

std::string node_name(const SignedGraph& graph, int node) {
  const SignedNode& n = graph.node(node);
  return n.label.empty() ? n.id : n.label;
}

std::vector<int> node_factions(const CoalitionResult& result) {
  const auto n = static_cast<std::size_t>(result.graph.node_count());
  if (result.factions && result.factions->best.faction.size() == n) return result.factions->best.faction;
  std::vector<int> factions(n, 0);
  if (result.balance && result.balance->sides.size() == n) {
    for (std::size_t v = 0; v < n; ++v) factions[v] = result.balance->sides[v];
  }
  return factions;
}

std::string faction_graph_figure(const CoalitionResult& result, svg::Ids& ids, int max_nodes) {
  const SignedGraph& graph = result.graph;
  const int n = graph.node_count();
  if (n == 0 || n > max_nodes) return {};
  constexpr double width = 760.0;
  constexpr double height = 580.0;
  constexpr double cx = 380.0;
  constexpr double cy = 250.0;
  constexpr double radius = 170.0;
  const std::vector<int> factions = node_factions(result);
  const int faction_count = factions.empty() ? 1 : *std::max_element(factions.begin(), factions.end()) + 1;

  // Nodes in faction order around the circle, one empty slot between factions.
  std::vector<int> order(static_cast<std::size_t>(n));
  for (int v = 0; v < n; ++v) order[static_cast<std::size_t>(v)] = v;
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
    return factions[static_cast<std::size_t>(a)] < factions[static_cast<std::size_t>(b)];
  });
  const int slots = n + (faction_count > 1 ? faction_count : 0);
  std::vector<double> angle(static_cast<std::size_t>(n));
  int slot = 0;
  for (std::size_t i = 0; i < order.size(); ++i) {
    if (i > 0 &&
        factions[static_cast<std::size_t>(order[i])] != factions[static_cast<std::size_t>(order[i - 1])])
      ++slot;
    angle[static_cast<std::size_t>(order[i])] = -std::numbers::pi / 2 + 2 * std::numbers::pi * slot / slots;
    ++slot;
  }
  const auto x_of = [&](int v, double r) { return cx + r * std::cos(angle[static_cast<std::size_t>(v)]); };
  const auto y_of = [&](int v, double r) { return cy + r * std::sin(angle[static_cast<std::size_t>(v)]); };

  double max_weight = 0.0;
  for (const SignedEdge& edge : graph.edges()) max_weight = std::max(max_weight, edge.magnitude());
  double max_size = 0.0;
  for (const SignedNode& node : graph.nodes()) max_size = std::max(max_size, node.size);

  svg::FigureText text;
  text.title = fmt::format("Faction graph: {} actors, {} signed ties, {} faction{}", n, graph.edge_count(),
                           faction_count, faction_count == 1 ? "" : "s");
  for (int f = 0; f < faction_count; ++f) {
    text.description += fmt::format("Faction {}:", f + 1);
    for (int v = 0; v < n; ++v) {
      if (factions[static_cast<std::size_t>(v)] == f) text.description += " " + node_name(graph, v) + ";";
    }
    text.description += " ";
  }
  int frustrated_count = 0;
  for (const SignedEdge& edge : graph.edges()) {
    if (!frustrated(result, edge)) continue;
    ++frustrated_count;
    text.description += fmt::format("Frustrated tie: {} – {} ({}). ", node_name(graph, edge.u),
                                    node_name(graph, edge.v), svg::signed_fixed(edge.weight, 2));
  }
  text.caption =
      "Actors sit on a circle, each faction on its own arc. Solid blue lines are positive ties (alliance, "
      "affinity), dashed vermilion lines negative ones (enmity); width = strength. A yellow halo marks a "
      "frustrated tie: one the best two-camp split cannot satisfy — where the structure is under strain. "
      "Circle area = capability.";
  std::string out = svg::open_figure(ids, text, width, height, "factions");

  for (int f = 0; f < faction_count; ++f) {
    // A band behind the faction's arc of the circle.
    double first = 10.0, last = -10.0;
    for (int v = 0; v < n; ++v) {
      if (factions[static_cast<std::size_t>(v)] != f) continue;
      first = std::min(first, angle[static_cast<std::size_t>(v)]);
      last = std::max(last, angle[static_cast<std::size_t>(v)]);
    }
    const double pad = std::numbers::pi / slots * 0.8;
    const double a0 = first - pad;
    const double a1 = last + pad;
    const bool large = a1 - a0 > std::numbers::pi;
    out +=
        fmt::format(R"(<path class="faction-arc" d="M{} {}A{} {} 0 {} 1 {} {}" fill="none" stroke="{}" )"
                    R"(stroke-width="52" stroke-linecap="round" opacity="0.9"/>)",
                    svg::num(cx + radius * std::cos(a0)), svg::num(cy + radius * std::sin(a0)),
                    svg::num(radius), svg::num(radius), large ? 1 : 0, svg::num(cx + radius * std::cos(a1)),
                    svg::num(cy + radius * std::sin(a1)), f % 2 == 0 ? "#e6e6e6" : "#d2e3f0");
  }

  out += R"(<g class="edges">)";
  for (const SignedEdge& edge : graph.edges()) {
    const double stroke = 1.5 + 5.0 * (max_weight > 0.0 ? edge.magnitude() / max_weight : 0.0);
    const double x1 = x_of(edge.u, radius), y1 = y_of(edge.u, radius);
    const double x2 = x_of(edge.v, radius), y2 = y_of(edge.v, radius);
    out += fmt::format(R"(<g class="edge" data-sign="{}" data-frustrated="{}"><title>{}</title>)",
                       edge.negative() ? "negative" : "positive", frustrated(result, edge) ? "yes" : "no",
                       html_escape(fmt::format("{} – {}: {}", node_name(graph, edge.u),
                                               node_name(graph, edge.v), svg::signed_fixed(edge.weight, 2))));
    if (frustrated(result, edge)) {
      out += line(x1, y1, x2, y2,
                  fmt::format(R"(stroke="{}" stroke-width="{}" stroke-linecap="round")", frustrated_colour,
                              svg::num(stroke + 10)));
    }
    out += line(x1, y1, x2, y2,
                edge.negative() ? fmt::format(R"(stroke="{}" stroke-dasharray="{}" stroke-width="{}")",
                                              svg::negative_colour, svg::negative_dash, svg::num(stroke))
                                : fmt::format(R"(stroke="{}" stroke-width="{}")", svg::positive_colour,
                                              svg::num(stroke)));
    out += "</g>";
  }
  out += "</g>";

  out += R"(<g class="nodes">)";
  for (int v = 0; v < n; ++v) {
    const double r =
        8.0 + 14.0 * std::sqrt(max_size > 0.0 ? std::max(0.0, graph.node(v).size) / max_size : 0.5);
    const double a = angle[static_cast<std::size_t>(v)];
    const double cos_a = std::cos(a);
    const std::string_view anchor = cos_a > 0.3 ? "start" : (cos_a < -0.3 ? "end" : "middle");
    const double label_r = radius + r + 10;
    const double label_y =
        cy + label_r * std::sin(a) + (std::sin(a) > 0.3 ? 12 : (std::sin(a) < -0.3 ? -2 : 5));
    out += fmt::format(R"(<g class="node" data-faction="{}">)", factions[static_cast<std::size_t>(v)] + 1);
    out += fmt::format(R"(<circle cx="{}" cy="{}" r="{}" fill="#ffffff" stroke="{}" stroke-width="2.5"/>)",
                       svg::num(x_of(v, radius)), svg::num(y_of(v, radius)), svg::num(r), svg::ink);
    out += svg::text(cx + label_r * cos_a, label_y, node_name(graph, v),
                     fmt::format(R"(class="label strong halo" text-anchor="{}")", anchor));
    out += "</g>";
  }
  out += "</g>";

  const double legend_y = height - 40;
  out += R"(<g class="legend">)";
  out +=
      line(60, legend_y, 100, legend_y, fmt::format(R"(stroke="{}" stroke-width="4")", svg::positive_colour));
  out += svg::text(108, legend_y + 5, "positive tie", R"(class="label")");
  out += line(230, legend_y, 270, legend_y,
              fmt::format(R"(stroke="{}" stroke-width="4" stroke-dasharray="{}")", svg::negative_colour,
                          svg::negative_dash));
  out += svg::text(278, legend_y + 5, "negative tie", R"(class="label")");
  out += line(400, legend_y, 440, legend_y,
              fmt::format(R"(stroke="{}" stroke-width="12" stroke-linecap="round")", frustrated_colour));
  out += line(400, legend_y, 440, legend_y,
              fmt::format(R"(stroke="{}" stroke-width="3")", svg::positive_colour));
  out += svg::text(448, legend_y + 5, fmt::format("frustrated tie ({} here)", frustrated_count),
                   R"(class="label")");
  // The arcs' two shades alternate from faction to faction.
  for (int f = 0; f < std::min(faction_count, 2); ++f) {
    const double x = 60.0 + 170.0 * f;
    out += fmt::format(R"(<rect x="{}" y="{}" width="40" height="16" rx="8" fill="{}"/>)", svg::num(x),
                       svg::num(legend_y + 18), f % 2 == 0 ? "#e6e6e6" : "#d2e3f0");
    out += svg::text(
        x + 48, legend_y + 31,
        faction_count > 2 ? (f == 0 ? "odd factions" : "even factions") : fmt::format("faction {}", f + 1),
        R"(class="label")");
  }
  out += "</g>";
  return out + svg::close_figure(text);
}

std::string keystone_figure(const CoalitionResult& result, svg::Ids& ids, std::size_t shown) {
  if (!result.keystones || result.keystones->ranking.empty()) return {};
  const KeystoneResult& keystones = *result.keystones;
  const std::size_t rows = std::min(shown, keystones.ranking.size());
  constexpr double width = 760.0;
  constexpr double label_right = 240.0;
  constexpr double bar_max = 260.0;
  constexpr double row = 30.0;
  constexpr double top = 34.0;
  const double height = top + row * static_cast<double>(rows) + 20.0;
  double max_dependency = 0.0;
  for (const Keystone& keystone : keystones.ranking)
    max_dependency = std::max(max_dependency, keystone.dependency);
  const svg::Scale sx{0.0, std::max(0.25, max_dependency), label_right + 10, label_right + 10 + bar_max};

  svg::FigureText text;
  text.title = "Keystones: how much the coalition depends on each actor";
  for (std::size_t i = 0; i < rows; ++i) {
    const Keystone& k = keystones.ranking[i];
    text.description +=
        fmt::format("{}{}: dependency {}, takes {} of the coalition's tie weight, strands {}. ",
                    node_name(result.graph, k.node), k.member ? "" : " (outside the coalition)",
                    svg::fixed(k.dependency, 2), svg::percent(k.tie_weight_lost), k.stranded);
  }
  text.caption =
      "Remove each actor in turn: dependency = ½ × members stranded (cut off from every positive path) + ½ × "
      "share of the coalition's positive tie weight that leaves with the actor. The longest bar is the "
      "figure "
      "the coalition is held together by.";
  std::string out = svg::open_figure(ids, text, width, height, "keystones");
  out += svg::text(label_right + 10, top - 14, "dependency", R"(class="label muted")");
  for (std::size_t i = 0; i < rows; ++i) {
    const Keystone& k = keystones.ranking[i];
    const double y = top + row * static_cast<double>(i);
    out += fmt::format(R"(<g class="keystone" data-dependency="{}">)", svg::fixed(k.dependency, 6));
    out += svg::text(
        label_right, y + 14, node_name(result.graph, k.node) + (k.member ? "" : " (outside)"),
        k.member ? R"(class="label strong" text-anchor="end")" : R"(class="label muted" text-anchor="end")");
    const double bar = sx(k.dependency) - sx(0.0);
    out += fmt::format(R"(<rect x="{}" y="{}" width="{}" height="18" fill="{}"/>)", svg::num(sx(0.0)),
                       svg::num(y), svg::num(bar), k.member ? svg::positive_colour : svg::grid);
    out += svg::text(sx(0.0) + bar + 8, y + 14,
                     fmt::format("{} · ties lost {} · stranded {}", svg::fixed(k.dependency, 2),
                                 svg::percent(k.tie_weight_lost), k.stranded),
                     R"(class="label number")");
    out += "</g>";
  }
  return out + svg::close_figure(text);
}

}  // namespace faultline::report
