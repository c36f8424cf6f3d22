#include "faultline/report/svg_alignment_map.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>

#include "faultline/analysis/pitch_words.hpp"
#include "faultline/report/html_escape.hpp"
#include "faultline/report/svg_palette.hpp"

namespace faultline::report {
namespace {

constexpr double width = 760.0;
constexpr double plot_top = 20.0;
constexpr double plot_size = 460.0;  // square: distances on the map mean the same in every direction
constexpr double plot_left = 150.0;
constexpr double legend_height = 70.0;
constexpr double height = plot_top + plot_size + 50.0 + legend_height;
constexpr double max_radius = 22.0;
constexpr double min_radius = 7.0;
constexpr double label_height = 16.0;

constexpr std::array<Classification, 5> classifications{
    Classification::aligned, Classification::transactional, Classification::common_enemy,
    Classification::power_dependent, Classification::hostile};

std::string axis_caption(const Scenario& scenario, const MapAxis& axis, int number) {
  if (axis.dimension.empty()) return fmt::format("axis {}", number);
  const Topic* topic = scenario.find_topic(TopicKind::dimension, axis.dimension);
  const std::string label = pitch_words::topic(scenario, TopicKind::dimension, axis.dimension);
  if (topic == nullptr) return label;
  return fmt::format("← {}   ·   {} (r = {})   ·   {} →", topic->poles[0], label,
                     svg::fixed(axis.correlation, 2), topic->poles[1]);
}

struct Placed {
  double x = 0.0;
  double y = 0.0;
  double radius = 0.0;
  double label_x = 0.0;
  double label_y = 0.0;
  bool label_left = false;
};

// Labels go to the right of their circle (left near the right edge) and step down until they overlap no
// label placed before them: enough for the handful of actors a scenario names.
void place_labels(std::vector<Placed>& placed, const std::vector<std::string>& names) {
  std::vector<std::array<double, 4>> boxes;  // x0, y0, x1, y1
  std::vector<std::size_t> order(placed.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return placed[a].y < placed[b].y; });
  for (const std::size_t i : order) {
    Placed& p = placed[i];
    const double text_width = 7.4 * static_cast<double>(names[i].size());
    p.label_left = p.x + p.radius + 6.0 + text_width > plot_left + plot_size + 140.0;
    p.label_x = p.label_left ? p.x - p.radius - 6.0 : p.x + p.radius + 6.0;
    p.label_y = p.y + 5.0;
    const double x0 = p.label_left ? p.label_x - text_width : p.label_x;
    for (int attempt = 0; attempt < 12; ++attempt) {
      const bool clash = std::any_of(boxes.begin(), boxes.end(), [&](const auto& box) {
        return x0 < box[2] && x0 + text_width > box[0] && p.label_y - label_height < box[3] &&
               p.label_y > box[1];
      });
      if (!clash) break;
      p.label_y += label_height;
    }
    boxes.push_back({x0, p.label_y - label_height, x0 + text_width, p.label_y});
  }
}

double tie_worth(const TieAlignment& tie) {
  return (tie.sides[0].revealed_worth + tie.sides[1].revealed_worth) / 2.0;
}

}  // namespace

std::string classification_legend(double x, double y, double legend_width) {
  std::string out = R"(<g class="legend">)";
  const double column = legend_width / 3.0;
  for (std::size_t i = 0; i < classifications.size(); ++i) {
    const double cx = x + column * static_cast<double>(i % 3);
    const double cy = y + 22.0 * static_cast<double>(i / 3);
    out += fmt::format(R"(<line x1="{}" y1="{}" x2="{}" y2="{}" {} stroke-width="4"/>)", svg::num(cx),
                       svg::num(cy), svg::num(cx + 36), svg::num(cy),
                       svg::classification_stroke(classifications[i]));
    out += svg::text(cx + 44, cy + 5, to_string(classifications[i]), R"(class="label")");
  }
  return out + "</g>";
}

std::string alignment_map_figure(const Scenario& scenario, const AlignmentResult& alignment,
                                 const ValueMap& map, svg::Ids& ids) {
  const std::size_t n = map.actors.size();
  std::vector<std::string> names;
  for (const std::string& id : map.actors) names.push_back(pitch_words::actor(scenario, id));

  // Equal scales on both axes, centred on the points' bounding box.
  double low_x = 0.0, high_x = 0.0, low_y = 0.0, high_y = 0.0;
  for (const auto& point : map.points) {
    low_x = std::min(low_x, point[0]);
    high_x = std::max(high_x, point[0]);
    low_y = std::min(low_y, point[1]);
    high_y = std::max(high_y, point[1]);
  }
  const double span = std::max({high_x - low_x, high_y - low_y, 0.2});
  const double centre_x = (low_x + high_x) / 2.0;
  const double centre_y = (low_y + high_y) / 2.0;
  const double inner = plot_size - 2.0 * (max_radius + 12.0);
  const svg::Scale sx{centre_x - span / 2, centre_x + span / 2, plot_left + max_radius + 12.0,
                      plot_left + max_radius + 12.0 + inner};
  // SVG's y grows downwards; the map's second axis grows upwards.
  const svg::Scale sy{centre_y - span / 2, centre_y + span / 2, plot_top + max_radius + 12.0 + inner,
                      plot_top + max_radius + 12.0};

  double max_capability = 0.0;
  for (const Actor& actor : scenario.actors)
    max_capability = std::max(max_capability, actor.capability.value);
  std::vector<Placed> placed(n);
  for (std::size_t i = 0; i < n; ++i) {
    const Actor* actor = scenario.find_actor(map.actors[i]);
    const double share =
        max_capability > 0.0 && actor != nullptr ? actor->capability.value / max_capability : 0.5;
    placed[i].x = sx(map.points[i][0]);
    placed[i].y = sy(map.points[i][1]);
    // Area, not radius, proportional to capability.
    placed[i].radius = min_radius + (max_radius - min_radius) * std::sqrt(std::max(0.0, share));
  }
  place_labels(placed, names);

  double max_worth = 0.0;
  for (const TieAlignment& tie : alignment.ties) max_worth = std::max(max_worth, std::abs(tie_worth(tie)));

  svg::FigureText text;
  text.title = "Alignment map: who holds the same values, and what holds each tie";
  text.description = fmt::format(
      "{} actors placed by their value positions (classical multidimensional scaling; the two axes carry {} "
      "of "
      "the variation). {} ties drawn between them: ",
      n, svg::percent(map.explained), alignment.ties.size());
  for (const TieAlignment& tie : alignment.ties) {
    text.description += fmt::format("{} – {}: {}, worth {}. ", pitch_words::actor(scenario, tie.between[0]),
                                    pitch_words::actor(scenario, tie.between[1]),
                                    to_string(tie.classification), svg::signed_fixed(tie_worth(tie), 2));
  }
  text.caption =
      "Close together = similar values (weighted by how much each actor cares). A line is a declared tie: "
      "its "
      "colour and dash say what holds it, its width what it is worth (true worth, the mean of both sides). "
      "Circle area = capability.";
  std::string out = svg::open_figure(ids, text, width, height, "map");

  // Frame and axis captions.
  out += fmt::format(R"(<rect x="{}" y="{}" width="{}" height="{}" fill="none" stroke="{}"/>)",
                     svg::num(plot_left), svg::num(plot_top), svg::num(plot_size), svg::num(plot_size),
                     svg::grid);
  out += svg::text(plot_left + plot_size / 2, plot_top + plot_size + 22,
                   axis_caption(scenario, map.axes[0], 1), R"(class="axis-label" text-anchor="middle")");
  out += fmt::format(
      R"svg(<g transform="translate({} {}) rotate(-90)">{}</g>)svg", svg::num(plot_left - 12),
      svg::num(plot_top + plot_size / 2),
      svg::text(0, 0, axis_caption(scenario, map.axes[1], 2), R"(class="axis-label" text-anchor="middle")"));

  // Ties under the actors.
  out += R"(<g class="ties">)";
  for (const TieAlignment& tie : alignment.ties) {
    const auto a = std::find(map.actors.begin(), map.actors.end(), tie.between[0]);
    const auto b = std::find(map.actors.begin(), map.actors.end(), tie.between[1]);
    if (a == map.actors.end() || b == map.actors.end()) continue;
    const Placed& pa = placed[static_cast<std::size_t>(a - map.actors.begin())];
    const Placed& pb = placed[static_cast<std::size_t>(b - map.actors.begin())];
    const double worth = tie_worth(tie);
    const double stroke = 2.0 + 8.0 * (max_worth > 0.0 ? std::max(0.0, worth) / max_worth : 0.0);
    out += fmt::format(R"(<g class="tie" data-classification="{}" data-worth="{}">)",
                       to_string(tie.classification), svg::fixed(worth, 4));
    out += fmt::format(
        R"(<title>{}</title>)",
        html_escape(fmt::format("{} – {}: {}, worth {}", pitch_words::actor(scenario, tie.between[0]),
                                pitch_words::actor(scenario, tie.between[1]), to_string(tie.classification),
                                svg::signed_fixed(worth, 2))));
    out +=
        fmt::format(R"(<line x1="{}" y1="{}" x2="{}" y2="{}" {} stroke-width="{}" stroke-linecap="butt"/>)",
                    svg::num(pa.x), svg::num(pa.y), svg::num(pb.x), svg::num(pb.y),
                    svg::classification_stroke(tie.classification), svg::num(stroke));
    out += svg::text((pa.x + pb.x) / 2, (pa.y + pb.y) / 2 + 4,
                     fmt::format("{} {}", to_string(tie.classification), svg::signed_fixed(worth, 2)),
                     R"(class="mark-label halo" text-anchor="middle")");
    out += "</g>";
  }
  out += "</g>";

  out += R"(<g class="actors">)";
  for (std::size_t i = 0; i < n; ++i) {
    const Placed& p = placed[i];
    out += fmt::format(R"(<g class="actor" data-actor="{}">)", html_escape(map.actors[i]));
    out += fmt::format(R"(<circle cx="{}" cy="{}" r="{}" fill="#f2f2f2" stroke="{}" stroke-width="2"/>)",
                       svg::num(p.x), svg::num(p.y), svg::num(p.radius), svg::ink);
    out += svg::text(
        p.label_x, p.label_y, names[i],
        p.label_left ? R"(class="label strong halo" text-anchor="end")" : R"(class="label strong halo")");
    out += "</g>";
  }
  out += "</g>";
  out += classification_legend(plot_left, plot_top + plot_size + 50, plot_size + 100);
  return out + svg::close_figure(text);
}

}  // namespace faultline::report
