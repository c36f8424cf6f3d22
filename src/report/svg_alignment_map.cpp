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
constexpr double plot_width = 600.0;
constexpr double plot_height = 440.0;
constexpr double plot_left = 120.0;
constexpr double legend_height = 70.0;
constexpr double height = plot_top + plot_height + 50.0 + legend_height;
constexpr double max_radius = 22.0;
constexpr double min_radius = 7.0;
constexpr double label_height = 16.0;

constexpr std::array<Classification, 5> classifications{
    Classification::aligned, Classification::transactional, Classification::common_enemy,
    Classification::power_dependent, Classification::hostile};

std::string axis_caption(const Scenario& scenario, const MapAxis& axis, int number, std::size_t pole_length) {
  if (axis.dimension.empty()) return fmt::format("axis {}", number);
  const Topic* topic = scenario.find_topic(TopicKind::dimension, axis.dimension);
  const std::string label = pitch_words::topic(scenario, TopicKind::dimension, axis.dimension);
  if (topic == nullptr) return label;
  return fmt::format("← {}  ·  {} (r = {})  ·  {} →", svg::shorten(topic->poles[0], pole_length),
                     svg::shorten(label, 24), svg::fixed(axis.correlation, 2),
                     svg::shorten(topic->poles[1], pole_length));
}

struct Placed {
  double x = 0.0;
  double y = 0.0;
  double radius = 0.0;
  double label_x = 0.0;  // the text's anchor point
  double label_y = 0.0;
  std::string_view anchor = "start";
  bool leader = false;  // the label sits away from its circle: a thin line joins them
};

struct Box {
  double x0, y0, x1, y1;
  [[nodiscard]] bool overlaps(const Box& other) const noexcept {
    return x0 < other.x1 && other.x0 < x1 && y0 < other.y1 && other.y0 < y1;
  }
};

constexpr double char_width = 7.6;  // average advance of a 13-unit bold label

// The box of a text of `length` characters anchored at (x, baseline y).
Box text_box(double x, double y, std::size_t length, std::string_view anchor,
             double width_per_char = char_width) {
  const double w = width_per_char * static_cast<double>(length);
  const double x0 = anchor == "start" ? x : (anchor == "end" ? x - w : x - w / 2);
  return {x0 - 2, y - label_height + 3, x0 + w + 2, y + 4};
}

// Greedy label placement: each label tries positions around its circle — right, left, above, below, the
// diagonals — at growing distances, and takes the first that overlaps no circle, no label placed before it
// and stays inside the figure. Returns the boxes taken, so tie labels can avoid them too.
std::vector<Box> place_labels(std::vector<Placed>& placed, const std::vector<std::string>& names) {
  std::vector<Box> taken;
  for (const Placed& p : placed)
    taken.push_back({p.x - p.radius, p.y - p.radius, p.x + p.radius, p.y + p.radius});
  struct Direction {
    double dx, dy;
    std::string_view anchor;
  };
  constexpr std::array<Direction, 8> directions{{{1, 0, "start"},
                                                 {-1, 0, "end"},
                                                 {0, -1, "middle"},
                                                 {0, 1, "middle"},
                                                 {0.7, -0.7, "start"},
                                                 {0.7, 0.7, "start"},
                                                 {-0.7, -0.7, "end"},
                                                 {-0.7, 0.7, "end"}}};
  for (std::size_t i = 0; i < placed.size(); ++i) {
    Placed& p = placed[i];
    bool done = false;
    for (const double ring : {0.0, 18.0, 36.0, 60.0}) {
      for (const Direction& d : directions) {
        const double distance = p.radius + 6.0 + ring;
        const double x = p.x + d.dx * distance;
        const double y = p.y + d.dy * distance + (d.dy > 0.1 ? 12.0 : (d.dy < -0.1 ? -2.0 : 5.0));
        const Box box = text_box(x, y, names[i].size(), d.anchor);
        if (box.x0 < plot_left + 2 || box.x1 > width - 4 || box.y0 < plot_top + 2 ||
            box.y1 > plot_top + plot_height)
          continue;
        if (std::any_of(taken.begin(), taken.end(), [&](const Box& other) { return box.overlaps(other); }))
          continue;
        p.label_x = x;
        p.label_y = y;
        p.anchor = d.anchor;
        p.leader = ring > 0.0;
        taken.push_back(box);
        done = true;
        break;
      }
      if (done) break;
    }
    if (!done) {  // crowded beyond every candidate: to the right, overlapping
      p.label_x = p.x + p.radius + 6.0;
      p.label_y = p.y + 5.0;
    }
  }
  return taken;
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
  // One scale for both axes (a distance on the map means the same in every direction), as large as the plot
  // allows.
  const double margin = max_radius + 12.0;
  const double unit = std::min((plot_width - 2 * margin) / std::max(high_x - low_x, 0.1),
                               (plot_height - 2 * margin) / std::max(high_y - low_y, 0.1));
  const double centre_x = (low_x + high_x) / 2.0;
  const double centre_y = (low_y + high_y) / 2.0;
  const svg::Scale sx{centre_x - 1.0, centre_x + 1.0, plot_left + plot_width / 2 - unit,
                      plot_left + plot_width / 2 + unit};
  // SVG's y grows downwards; the map's second axis grows upwards.
  const svg::Scale sy{centre_y - 1.0, centre_y + 1.0, plot_top + plot_height / 2 + unit,
                      plot_top + plot_height / 2 - unit};

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
  std::vector<Box> taken = place_labels(placed, names);

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
                     svg::num(plot_left), svg::num(plot_top), svg::num(plot_width), svg::num(plot_height),
                     svg::grid);
  out += svg::text(plot_left + plot_width / 2, plot_top + plot_height + 22,
                   axis_caption(scenario, map.axes[0], 1, 26), R"(class="axis-label" text-anchor="middle")");
  out += fmt::format(R"svg(<g transform="translate({} {}) rotate(-90)">{}</g>)svg", svg::num(plot_left - 12),
                     svg::num(plot_top + plot_height / 2),
                     svg::text(0, 0, axis_caption(scenario, map.axes[1], 2, 16),
                               R"(class="axis-label" text-anchor="middle")"));

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
    // The classification on the line, where it hides no name; left out where there is no room (the dash and
    // the legend still say it).
    const std::string_view word = to_string(tie.classification);
    for (const double t : {0.5, 0.4, 0.6, 0.3, 0.7}) {
      const double x = pa.x + t * (pb.x - pa.x);
      const double y = pa.y + t * (pb.y - pa.y) + 4;
      const Box box = text_box(x, y, word.size(), "middle", 6.8);
      if (std::any_of(taken.begin(), taken.end(), [&](const Box& other) { return box.overlaps(other); }))
        continue;
      taken.push_back(box);
      out += svg::text(x, y, word, R"(class="mark-label halo" text-anchor="middle")");
      break;
    }
    out += "</g>";
  }
  out += "</g>";

  out += R"(<g class="actors">)";
  for (std::size_t i = 0; i < n; ++i) {
    const Placed& p = placed[i];
    out += fmt::format(R"(<g class="actor" data-actor="{}">)", html_escape(map.actors[i]));
    if (p.leader) {
      out +=
          fmt::format(R"(<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}" stroke-width="1"/>)",
                      svg::num(p.x), svg::num(p.y), svg::num(p.label_x), svg::num(p.label_y - 4), svg::muted);
    }
    out += fmt::format(
        R"(<circle cx="{}" cy="{}" r="{}" fill="#f2f2f2" fill-opacity="0.75" stroke="{}" stroke-width="2"/>)",
        svg::num(p.x), svg::num(p.y), svg::num(p.radius), svg::ink);
    out += svg::text(p.label_x, p.label_y, names[i],
                     fmt::format(R"(class="label strong halo" text-anchor="{}")", p.anchor));
    out += "</g>";
  }
  out += "</g>";
  out += classification_legend(plot_left, plot_top + plot_height + 50, plot_width);
  return out + svg::close_figure(text);
}

}  // namespace faultline::report
