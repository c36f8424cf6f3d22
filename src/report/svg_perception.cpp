#include "faultline/report/svg_perception.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "faultline/analysis/pitch_words.hpp"
#include "faultline/report/html_escape.hpp"
#include "faultline/report/svg_palette.hpp"
#include "faultline/report/svg_tie_charts.hpp"

namespace faultline::report {
namespace {

constexpr double width = 760.0;
constexpr double label_right = 290.0;
constexpr double axis_left = 310.0;
constexpr double axis_width = 320.0;
constexpr double row = 40.0;
constexpr double top = 44.0;

std::string arrow(double x1, double x2, double y) {
  const double direction = x2 >= x1 ? 1.0 : -1.0;
  const double tip = x2 - direction * 8.0;
  return fmt::format(R"(<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}" stroke-width="2"/>)"
                     R"(<path d="M{} {}L{} {}L{} {}Z" fill="{}"/>)",
                     svg::num(x1), svg::num(y), svg::num(tip), svg::num(y), svg::ink, svg::num(x2),
                     svg::num(y), svg::num(tip), svg::num(y - 5), svg::num(tip), svg::num(y + 5), svg::ink);
}

std::string axis(const svg::Scale& sx, double y_top, double y_bottom) {
  std::string out;
  for (const double t : {-1.0, -0.5, 0.0, 0.5, 1.0}) {
    out += fmt::format(R"(<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}"{}/>)", svg::num(sx(t)),
                       svg::num(y_top), svg::num(sx(t)), svg::num(y_bottom), svg::grid,
                       t == 0.0 ? R"( stroke-width="2")" : "");
    out += svg::text(sx(t), y_top - 6, svg::tick_label(t, 1), R"(class="tick" text-anchor="middle")");
  }
  return out;
}

std::string truth_legend(double x, double y, std::string_view believed, std::string_view truth) {
  return std::string{R"(<g class="legend">)"} + side_marker(0, x, y, true) +
         svg::text(x + 12, y + 5, believed, R"(class="label")") + side_marker(0, x + 200, y) +
         svg::text(x + 212, y + 5, truth, R"(class="label")") + "</g>";
}

}  // namespace

std::string perception_gap_figure(const Scenario& scenario, const AlignmentResult& alignment, svg::Ids& ids,
                                  double floor) {
  std::vector<const SideAlignment*> sides;
  for (const TieAlignment& tie : alignment.ties) {
    for (const SideAlignment& side : tie.sides) {
      if (std::abs(side.projection_gap) >= floor) sides.push_back(&side);
    }
  }
  if (sides.empty()) return {};
  const double height = top + row * static_cast<double>(sides.size()) + 40.0;
  const svg::Scale sx{-1.0, 1.0, axis_left, axis_left + axis_width};
  svg::FigureText text;
  text.title = "Perception vs truth: value agreement as each side believes it and as it is";
  for (const SideAlignment* side : sides) {
    text.description +=
        fmt::format("{} believes its value agreement with {} is {}; it is {} (gap {}). ",
                    pitch_words::actor(scenario, side->actor), pitch_words::actor(scenario, side->partner),
                    svg::signed_fixed(side->perceived_value_agreement, 2),
                    svg::signed_fixed(side->value_agreement, 2), svg::signed_fixed(side->projection_gap, 2));
  }
  text.caption =
      "Value agreement runs from −1 (opposite values) to +1 (the same values). The arrow points from the "
      "truth "
      "to the belief: a long arrow to the right is a side that thinks its partner shares its values when it "
      "does not — the tie's worth will fall when the truth comes out.";
  std::string out = svg::open_figure(ids, text, width, height, "perception");
  out += axis(sx, top - 14, top + row * static_cast<double>(sides.size()) - 14);
  for (std::size_t i = 0; i < sides.size(); ++i) {
    const SideAlignment& side = *sides[i];
    const double y = top + 6 + row * static_cast<double>(i);
    out += fmt::format(R"(<g class="perception-gap" data-actor="{}" data-gap="{}">)", html_escape(side.actor),
                       svg::fixed(side.projection_gap, 4));
    out += svg::text(label_right, y + 5,
                     fmt::format("{} about {}", pitch_words::actor(scenario, side.actor),
                                 pitch_words::actor(scenario, side.partner)),
                     R"(class="label strong" text-anchor="end")");
    out += arrow(sx(side.value_agreement), sx(side.perceived_value_agreement), y);
    out += side_marker(0, sx(side.value_agreement), y);
    out += side_marker(0, sx(side.perceived_value_agreement), y, true);
    out += svg::text(axis_left + axis_width + 12, y + 5,
                     fmt::format("{} vs {}", svg::signed_fixed(side.perceived_value_agreement, 2),
                                 svg::signed_fixed(side.value_agreement, 2)),
                     R"(class="label number")");
    out += "</g>";
  }
  out += truth_legend(axis_left, top + row * static_cast<double>(sides.size()) + 12, "as believed",
                      "as it is (true)");
  return out + svg::close_figure(text);
}

std::string projection_figure(const Scenario& scenario, const AlignmentResult& alignment, svg::Ids& ids,
                              std::size_t shown) {
  struct Row {
    const TieAlignment* tie;
    const Faultline* line;
  };
  std::vector<Row> rows;
  for (const TieAlignment& tie : alignment.ties) {
    for (const Faultline& line : tie.faultlines) {
      if (line.kind == FaultlineKind::projection) rows.push_back({&tie, &line});
    }
  }
  if (rows.empty()) return {};
  std::stable_sort(rows.begin(), rows.end(),
                   [](const Row& a, const Row& b) { return a.line->severity > b.line->severity; });
  if (rows.size() > shown) rows.resize(shown);
  const double row_height = 48.0;
  const double height = top + row_height * static_cast<double>(rows.size()) + 40.0;
  const svg::Scale sx{-1.0, 1.0, axis_left, axis_left + axis_width};
  svg::FigureText text;
  text.title = "Projection faultlines: what a side believes its partner holds, against what it holds";
  for (const Row& r : rows) {
    const std::string& partner = r.line->holder == r.tie->between[0] ? r.tie->between[1] : r.tie->between[0];
    text.description += fmt::format(
        "{} believes {} holds {} on {}; it holds {}. ", pitch_words::actor(scenario, r.line->holder),
        pitch_words::actor(scenario, partner), svg::signed_fixed(r.line->positions[0], 2),
        pitch_words::topic(scenario, r.line->topic_kind, r.line->on),
        svg::signed_fixed(r.line->positions[1], 2));
  }
  text.caption =
      "Each row runs between the topic's two poles; the arrow points from the partner's true position "
      "to the position the holder believes it has. Most severe (salience × error) first.";
  std::string out = svg::open_figure(ids, text, width, height, "projection");
  out += axis(sx, top - 14, top + row_height * static_cast<double>(rows.size()) - 14);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const Faultline& line = *rows[i].line;
    const TieAlignment& tie = *rows[i].tie;
    const std::string& partner = line.holder == tie.between[0] ? tie.between[1] : tie.between[0];
    const double y = top + 6 + row_height * static_cast<double>(i);
    const Topic* topic = scenario.find_topic(line.topic_kind, line.on);
    out += fmt::format(R"(<g class="projection" data-severity="{}">)", svg::fixed(line.severity, 4));
    out += svg::text(label_right, y, pitch_words::topic(scenario, line.topic_kind, line.on),
                     R"(class="label strong" text-anchor="end")");
    out += svg::text(label_right, y + 16,
                     fmt::format("{} about {}", pitch_words::actor(scenario, line.holder),
                                 pitch_words::actor(scenario, partner)),
                     R"(class="label muted small" text-anchor="end")");
    if (topic != nullptr) {
      out += svg::text(axis_left, y + 20, svg::shorten(topic->poles[0], 24), R"(class="label muted small")");
      out += svg::text(axis_left + axis_width, y + 20, svg::shorten(topic->poles[1], 24),
                       R"(class="label muted small" text-anchor="end")");
    }
    out += arrow(sx(line.positions[1]), sx(line.positions[0]), y);
    out += side_marker(0, sx(line.positions[1]), y);
    out += side_marker(0, sx(line.positions[0]), y, true);
    out += svg::text(axis_left + axis_width + 12, y + 5,
                     fmt::format("{} vs {}", svg::signed_fixed(line.positions[0], 2),
                                 svg::signed_fixed(line.positions[1], 2)),
                     R"(class="label number")");
    out += "</g>";
  }
  out += truth_legend(axis_left, top + row_height * static_cast<double>(rows.size()) + 12,
                      "believed position", "true position");
  return out + svg::close_figure(text);
}

}  // namespace faultline::report
