#include "faultline/report/svg_tie_charts.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "faultline/analysis/pitch_words.hpp"
#include "faultline/report/html_escape.hpp"
#include "faultline/report/svg_palette.hpp"

namespace faultline::report {
namespace {

constexpr std::array<svg::BasisTerm, 4> terms{svg::BasisTerm::values, svg::BasisTerm::exchange,
                                              svg::BasisTerm::threat, svg::BasisTerm::power};
constexpr std::array<std::string_view, 2> side_colours{"#0072B2", "#D55E00"};

std::string basis_row(const Basis& basis, double x, double y, double bar_width, double bar_height,
                      bool labels) {
  std::string out;
  double at = x;
  for (const svg::BasisTerm term : terms) {
    const double share = svg::basis_share(basis, term);
    if (share <= 0.0) continue;
    const double w = share * bar_width;
    out += fmt::format(
        R"(<rect x="{}" y="{}" width="{}" height="{}" fill="{}" stroke="#ffffff" stroke-width="1">)"
        R"(<title>{}: {}</title></rect>)",
        svg::num(at), svg::num(y), svg::num(w), svg::num(bar_height), svg::basis_fill(term),
        svg::basis_label(term), svg::percent(share));
    if (labels && w >= 38.0) {
      out += svg::text(at + w / 2, y + bar_height / 2 + 5, svg::percent(share),
                       R"(class="bar-label halo-dark" text-anchor="middle")");
    }
    at += w;
  }
  if (at == x) {
    out += fmt::format(
        R"(<rect x="{}" y="{}" width="{}" height="{}" fill="none" stroke="{}" stroke-dasharray="3 3"/>)",
        svg::num(x), svg::num(y), svg::num(bar_width), svg::num(bar_height), svg::muted);
    out += svg::text(x + 8, y + bar_height / 2 + 5, "nothing positive", R"(class="label muted")");
  }
  return out;
}

std::string basis_legend(double x, double y) {
  std::string out = R"(<g class="legend">)";
  double at = x;
  for (const svg::BasisTerm term : terms) {
    out += fmt::format(R"(<rect x="{}" y="{}" width="18" height="14" fill="{}"/>)", svg::num(at),
                       svg::num(y - 11), svg::basis_fill(term));
    out += svg::text(at + 24, y, svg::basis_label(term), R"(class="label")");
    at += 24.0 + 8.0 * static_cast<double>(svg::basis_label(term).size()) + 22.0;
  }
  return out + "</g>";
}

}  // namespace

std::string side_marker(int side, double x, double y, bool hollow) {
  const std::string_view colour = side_colours[static_cast<std::size_t>(side)];
  const std::string fill = hollow ? "#ffffff" : std::string{colour};
  if (side == 0) {
    return fmt::format(R"(<circle cx="{}" cy="{}" r="6.5" fill="{}" stroke="{}" stroke-width="2"/>)",
                       svg::num(x), svg::num(y), fill, colour);
  }
  return fmt::format(R"(<rect x="{}" y="{}" width="12" height="12" fill="{}" stroke="{}" stroke-width="2"/>)",
                     svg::num(x - 6), svg::num(y - 6), fill, colour);
}

std::string basis_figure(const Scenario& scenario, const TieAlignment& tie, svg::Ids& ids) {
  constexpr double width = 760.0;
  constexpr double left = 200.0;
  constexpr double bar_width = 400.0;
  constexpr double row = 62.0;
  constexpr double top = 18.0;
  const double height = top + 2 * row + 40.0;
  svg::FigureText text;
  text.title = "What the tie rests on (basis)";
  for (std::size_t s = 0; s < 2; ++s) {
    const SideAlignment& side = tie.sides[s];
    text.description += fmt::format(
        "{}'s side, true: values {}, exchange {}, common threat {}, power {}; as {} experiences it: values "
        "{}, "
        "exchange {}, common threat {}, power {}. Worth {} (as perceived {}). ",
        pitch_words::actor(scenario, side.actor), svg::percent(side.basis.values),
        svg::percent(side.basis.exchange), svg::percent(side.basis.threat), svg::percent(side.basis.power),
        pitch_words::actor(scenario, side.actor), svg::percent(side.perceived_basis.values),
        svg::percent(side.perceived_basis.exchange), svg::percent(side.perceived_basis.threat),
        svg::percent(side.perceived_basis.power), svg::signed_fixed(side.revealed_worth, 2),
        svg::signed_fixed(side.worth, 2));
  }
  text.caption =
      "Thick bar: the shares of the side's true worth (every perception replaced by the truth). Thin bar: "
      "the "
      "shares as the side experiences the tie, through what it believes its partner holds.";
  std::string out = svg::open_figure(ids, text, width, height, "basis");
  out += svg::text(left, top - 4, "true basis", R"(class="label muted")");
  out += svg::text(left + bar_width + 16, top - 4, "worth: true / felt", R"(class="label muted")");
  for (std::size_t s = 0; s < 2; ++s) {
    const SideAlignment& side = tie.sides[s];
    const double y = top + 4 + row * static_cast<double>(s);
    out += fmt::format(R"(<g class="basis-side" data-actor="{}">)", html_escape(side.actor));
    out += svg::text(left - 10, y + 17, pitch_words::actor(scenario, side.actor),
                     R"(class="label strong" text-anchor="end")");
    out += basis_row(side.basis, left, y, bar_width, 26.0, true);
    out += svg::text(left - 10, y + 42, "as perceived", R"(class="label muted small" text-anchor="end")");
    out += basis_row(side.perceived_basis, left, y + 32, bar_width, 10.0, false);
    out += svg::text(
        left + bar_width + 16, y + 18,
        fmt::format("{} / {}", svg::signed_fixed(side.revealed_worth, 2), svg::signed_fixed(side.worth, 2)),
        R"(class="label number")");
    out += "</g>";
  }
  out += basis_legend(left - 150, top + 2 * row + 24);
  return out + svg::close_figure(text);
}

std::string faultlines_figure(const Scenario& scenario, const TieAlignment& tie, svg::Ids& ids,
                              std::size_t shown) {
  std::vector<const Faultline*> lines;
  for (const Faultline& line : tie.faultlines) {
    if (line.kind != FaultlineKind::projection && lines.size() < shown) lines.push_back(&line);
  }
  if (lines.empty()) return {};
  constexpr double width = 760.0;
  constexpr double label_width = 250.0;
  constexpr double axis_left = 270.0;
  constexpr double axis_width = 340.0;
  constexpr double row = 44.0;
  constexpr double top = 40.0;
  const double height = top + row * static_cast<double>(lines.size()) + 46.0;
  const svg::Scale sx{-1.0, 1.0, axis_left, axis_left + axis_width};
  const std::string name_a = pitch_words::actor(scenario, tie.between[0]);
  const std::string name_b = pitch_words::actor(scenario, tie.between[1]);

  svg::FigureText text;
  text.title = "Faultlines: where the two sides diverge, most severe first";
  text.description = fmt::format("Positions of {} and {} on each divisive topic. ", name_a, name_b);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Faultline& line = *lines[i];
    text.description +=
        fmt::format("{}. {} ({}, {}): {} {}, {} {}, severity {}. ", i + 1,
                    pitch_words::topic(scenario, line.topic_kind, line.on), to_string(line.topic_kind),
                    to_string(line.kind), name_a, svg::signed_fixed(line.positions[0], 2), name_b,
                    svg::signed_fixed(line.positions[1], 2), svg::fixed(line.severity, 2));
  }
  text.caption =
      "Each row runs from the topic's −1 pole (left) to its +1 pole (right). Severity = joint salience × "
      "distance. Latent (dashed): far apart but neither side cares much yet — one event away from active.";
  std::string out = svg::open_figure(ids, text, width, height, "faultlines");
  out += svg::text(axis_left + axis_width + 20, top - 20, "severity", R"(class="label muted")");
  for (const double t : {-1.0, 0.0, 1.0}) {
    out += fmt::format(R"(<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}"/>)", svg::num(sx(t)),
                       svg::num(top - 14), svg::num(sx(t)),
                       svg::num(top + row * static_cast<double>(lines.size()) - 14), svg::grid);
    out += svg::text(sx(t), top - 20, svg::tick_label(t, 0), R"(class="tick" text-anchor="middle")");
  }
  double max_severity = 0.0;
  for (const Faultline* line : lines) max_severity = std::max(max_severity, line->severity);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Faultline& line = *lines[i];
    const double y = top + row * static_cast<double>(i);
    const Topic* topic = scenario.find_topic(line.topic_kind, line.on);
    const bool latent = line.kind == FaultlineKind::latent;
    out += fmt::format(R"(<g class="faultline" data-kind="{}" data-severity="{}">)", to_string(line.kind),
                       svg::fixed(line.severity, 4));
    out += svg::text(label_width, y + 4,
                     fmt::format("{}. {}", i + 1, pitch_words::topic(scenario, line.topic_kind, line.on)),
                     R"(class="label strong" text-anchor="end")");
    out += svg::text(label_width, y + 20,
                     fmt::format("{} · {}", to_string(line.topic_kind), to_string(line.kind)),
                     R"(class="label muted small" text-anchor="end")");
    if (topic != nullptr) {
      out += svg::text(axis_left, y + 21, svg::shorten(topic->poles[0], 26), R"(class="label muted small")");
      out += svg::text(axis_left + axis_width, y + 21, svg::shorten(topic->poles[1], 26),
                       R"(class="label muted small" text-anchor="end")");
    }
    out += fmt::format(R"(<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}" stroke-width="{}"{}/>)",
                       svg::num(sx(line.positions[0])), svg::num(y), svg::num(sx(line.positions[1])),
                       svg::num(y), svg::ink, svg::num(1.5 + 4.0 * line.joint_salience),
                       latent ? R"( stroke-dasharray="4 3")" : "");
    out += side_marker(0, sx(line.positions[0]), y);
    out += side_marker(1, sx(line.positions[1]), y);
    const double bar = max_severity > 0.0 ? 90.0 * line.severity / max_severity : 0.0;
    out += fmt::format(R"(<rect x="{}" y="{}" width="{}" height="10" fill="{}"/>)",
                       svg::num(axis_left + axis_width + 20), svg::num(y - 5), svg::num(bar), svg::muted);
    out += svg::text(axis_left + axis_width + 26 + bar, y + 5, svg::fixed(line.severity, 2),
                     R"(class="label number")");
    out += "</g>";
  }
  const double legend_y = top + row * static_cast<double>(lines.size()) + 14;
  out += R"(<g class="legend">)" + side_marker(0, axis_left - 100, legend_y) +
         svg::text(axis_left - 88, legend_y + 5, name_a, R"(class="label")") +
         side_marker(1, axis_left + 150, legend_y) +
         svg::text(axis_left + 162, legend_y + 5, name_b, R"(class="label")") + "</g>";
  return out + svg::close_figure(text);
}

}  // namespace faultline::report
