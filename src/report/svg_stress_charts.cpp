#include "faultline/report/svg_stress_charts.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <optional>

#include "faultline/analysis/pitch_words.hpp"
#include "faultline/report/html_escape.hpp"
#include "faultline/report/svg_alignment_map.hpp"
#include "faultline/report/svg_palette.hpp"

namespace faultline::report {
namespace {

std::string tie_name(const Scenario& scenario, const std::array<std::string, 2>& between) {
  return pitch_words::actor(scenario, between[0]) + " – " + pitch_words::actor(scenario, between[1]);
}

std::optional<Classification> classification_of(const AlignmentResult& alignment,
                                                const std::array<std::string, 2>& between) {
  for (const TieAlignment& tie : alignment.ties) {
    if (tie.between == between) return tie.classification;
  }
  return std::nullopt;
}

std::string tie_stroke(const AlignmentResult& alignment, const std::array<std::string, 2>& between) {
  const std::optional<Classification> classification = classification_of(alignment, between);
  return classification ? svg::classification_stroke(*classification) : std::string{R"(stroke="#888888")"};
}

// "Jul 2024" for the first of a month.
std::string month_label(Date date) {
  static constexpr std::array<std::string_view, 12> months{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                           "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const std::string iso = date.to_iso();
  const int month = std::stoi(iso.substr(5, 2));
  return fmt::format("{} {}", months[static_cast<std::size_t>(month - 1)], iso.substr(0, 4));
}

// The first of every quarter (Jan, Apr, Jul, Oct) within [start, end].
std::vector<Date> quarter_starts(Date start, Date end) {
  std::vector<Date> out;
  const std::string iso = start.to_iso();
  int year = std::stoi(iso.substr(0, 4));
  int month = std::stoi(iso.substr(5, 2));
  for (int guard = 0; guard < 400; ++guard) {
    if ((month - 1) % 3 == 0) {
      const std::optional<Date> first = Date::from_iso(fmt::format("{:04}-{:02}-01", year, month));
      if (first && *first > end) break;
      if (first && *first >= start) out.push_back(*first);
    }
    if (++month > 12) {
      month = 1;
      ++year;
    }
  }
  return out;
}

// Spreads label positions (sorted by their wanted y) so no two are closer than `gap`.
std::vector<double> spread_labels(std::vector<double> wanted, double gap, double low, double high) {
  std::vector<std::size_t> order(wanted.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return wanted[a] < wanted[b]; });
  std::vector<double> placed(wanted.size());
  double previous = low - gap;
  for (const std::size_t i : order) {
    placed[i] = std::max(wanted[i], previous + gap);
    previous = placed[i];
  }
  // Pushed past the bottom: shift the whole stack up.
  const double overflow = previous - high;
  if (overflow > 0.0) {
    for (double& y : placed) y -= overflow;
  }
  return placed;
}

}  // namespace

std::string survival_figure(const Scenario& scenario, const AlignmentResult& alignment,
                            const StressResult& result, svg::Ids& ids) {
  constexpr double width = 860.0;
  constexpr double left = 64.0;
  constexpr double right = 520.0;
  constexpr double top = 24.0;
  constexpr double bottom = 324.0;
  constexpr double label_x = 540.0;
  const double height = bottom + 146.0;
  const double span = std::max(1, days_between(result.start, result.horizon));
  const svg::Scale sx{0.0, span, left, right};
  const svg::Scale sy{0.0, 1.0, bottom, top};
  const auto x_of = [&](Date date) {
    return sx(std::clamp<double>(days_between(result.start, date), 0.0, span));
  };

  svg::FigureText text;
  text.title =
      fmt::format("Survival: the share of {} simulated futures in which each tie still stands", result.runs);
  for (const TieForecast& tie : result.ties) {
    text.description +=
        fmt::format("{}: P(fracture) {} (95% interval {} to {}), median time to fracture {}. ",
                    tie_name(scenario, tie.between), svg::fixed(tie.p_fracture, 2),
                    svg::fixed(tie.ci95[0], 2), svg::fixed(tie.ci95[1], 2),
                    tie.median_fracture ? tie.median_fracture->to_iso() : "beyond the horizon");
  }
  text.caption = fmt::format(
      "From {} to {}, {} Monte-Carlo runs, seed {}. A curve that drops early and far is a tie that breaks; a "
      "flat "
      "line at 100% is one that holds. Line colour and dash = the tie's classification. Numbered marks on "
      "the time "
      "axis are the scenario's events (listed below the chart); a curve stops at a tie's observed break.",
      result.start.to_iso(), result.horizon.to_iso(), result.runs, result.seed);
  std::string out = svg::open_figure(ids, text, width, height, "survival");

  for (const double s : {0.0, 0.25, 0.5, 0.75, 1.0}) {
    out += fmt::format(R"(<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}"{}/>)", svg::num(left),
                       svg::num(sy(s)), svg::num(right), svg::num(sy(s)), svg::grid,
                       s == 0.5 ? R"( stroke-dasharray="4 3")" : "");
    out += svg::text(left - 8, sy(s) + 4, svg::percent(s), R"(class="tick" text-anchor="end")");
  }
  for (const Date tick : quarter_starts(result.start, result.horizon)) {
    out += fmt::format(R"(<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}"/>)", svg::num(x_of(tick)),
                       svg::num(top), svg::num(x_of(tick)), svg::num(bottom + 5), svg::grid);
    out += svg::text(x_of(tick), bottom + 20, month_label(tick), R"(class="tick" text-anchor="middle")");
  }
  out += fmt::format(R"(<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}"/>)", svg::num(left),
                     svg::num(bottom), svg::num(right), svg::num(bottom), svg::ink);
  out +=
      fmt::format(R"svg(<g transform="translate(16 {}) rotate(-90)">{}</g>)svg", svg::num((top + bottom) / 2),
                  svg::text(0, 0, "ties still standing", R"(class="axis-label" text-anchor="middle")"));

  // The scenario's events, numbered along the time axis; a number that would touch its neighbour drops a row.
  int number = 0;
  std::vector<double> row_end(5, -1e9);
  for (const Event& event : scenario.events) {
    if (event.at < result.start || event.at > result.horizon) continue;
    ++number;
    const double x = x_of(event.at);
    std::size_t row = 0;
    while (row + 1 < row_end.size() && row_end[row] > x - 14.0) ++row;
    row_end[row] = x;
    out += fmt::format(R"(<g class="event"><title>{}</title>)",
                       html_escape(fmt::format("{}: {}", event.at.to_iso(), event.what)));
    out += fmt::format(R"(<path d="M{} {}l-5 9h10z" fill="{}"/>)", svg::num(x), svg::num(bottom + 26),
                       svg::muted);
    out += svg::text(x, bottom + 46 + 12.0 * static_cast<double>(row), std::to_string(number),
                     R"(class="tick" text-anchor="middle")");
    out += "</g>";
  }

  std::vector<double> ends;
  for (const TieForecast& tie : result.ties)
    ends.push_back(tie.survival.empty() ? sy(1.0) : sy(tie.survival.back().s));
  const std::vector<double> label_y = spread_labels(ends, 30.0, top + 4, bottom + 60);
  for (std::size_t i = 0; i < result.ties.size(); ++i) {
    const TieForecast& tie = result.ties[i];
    if (tie.survival.empty()) continue;
    std::string path =
        fmt::format("M{} {}", svg::num(x_of(tie.survival.front().t)), svg::num(sy(tie.survival.front().s)));
    for (std::size_t p = 1; p < tie.survival.size(); ++p) {
      path += fmt::format("H{}V{}", svg::num(x_of(tie.survival[p].t)), svg::num(sy(tie.survival[p].s)));
    }
    const double end_x = x_of(tie.survival.back().t);
    out += fmt::format(
        R"(<g class="survival" data-p-fracture="{}"><path d="{}" fill="none" {} stroke-width="3"/>)",
        svg::fixed(tie.p_fracture, 6), path, tie_stroke(alignment, tie.between));
    if (tie.observed_end && *tie.observed_end <= result.horizon) {
      const double x = x_of(*tie.observed_end);
      out += fmt::format(R"(<line x1="{0}" y1="{1}" x2="{0}" y2="{2}" stroke="{3}" stroke-width="1.5"/>)",
                         svg::num(x), svg::num(top), svg::num(bottom), svg::ink);
      out += svg::text(x - 4, top + 12, "observed break " + tie.observed_end->to_iso(),
                       R"(class="label small halo" text-anchor="end")");
    }
    out += fmt::format(R"(<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}" stroke-width="1"/>)",
                       svg::num(end_x + 2), svg::num(ends[i]), svg::num(label_x - 4),
                       svg::num(label_y[i] - 4), svg::muted);
    out += svg::text(label_x, label_y[i] - 4, tie_name(scenario, tie.between), R"(class="label strong")");
    out += svg::text(label_x, label_y[i] + 11,
                     fmt::format("P(fracture) {} [{}–{}]{}", svg::fixed(tie.p_fracture, 2),
                                 svg::fixed(tie.ci95[0], 2), svg::fixed(tie.ci95[1], 2),
                                 tie.median_fracture ? ", median " + tie.median_fracture->to_iso() : ""),
                     R"(class="label small number")");
    out += "</g>";
  }
  out += classification_legend(left, bottom + 116, 720);
  return out + svg::close_figure(text);
}

std::string battery_figure(const Scenario& scenario, const AlignmentResult& alignment,
                           const BatteryResult& battery, svg::Ids& ids) {
  constexpr double label_right = 330.0;
  constexpr double cell_width = 74.0;
  constexpr double cell_height = 46.0;
  constexpr double top = 130.0;
  const std::size_t columns = battery.pressures.size() + 1;
  const std::size_t rows = battery.baseline.ties.size();
  const double width = std::max(760.0, label_right + 10 + cell_width * static_cast<double>(columns) + 60);
  const double height = top + cell_height * static_cast<double>(rows) + 70.0;

  svg::FigureText text;
  text.title =
      fmt::format("Stress battery: P(fracture by {}) under each pressure", battery.baseline.horizon.to_iso());
  for (std::size_t r = 0; r < rows; ++r) {
    const TieForecast& base = battery.baseline.ties[r];
    text.description +=
        fmt::format("{}: baseline {}", tie_name(scenario, base.between), svg::fixed(base.p_fracture, 2));
    for (const PressureForecast& pressure : battery.pressures) {
      text.description +=
          fmt::format(", {} {}", pressure.id, svg::fixed(pressure.result.ties[r].p_fracture, 2));
    }
    text.description += ". ";
  }
  text.caption =
      "Darker = more likely to break. The small number is the change against the baseline (same seed, so the "
      "difference is the pressure's). The seeds' claim: ties on shared values survive pressure, ties on "
      "transactional tolerance do not.";
  std::string out = svg::open_figure(ids, text, width, height, "battery");

  std::vector<std::string> headings{"baseline"};
  for (const PressureForecast& pressure : battery.pressures) headings.push_back(pressure.id);
  for (std::size_t c = 0; c < columns; ++c) {
    const double x = label_right + 10 + cell_width * (static_cast<double>(c) + 0.5);
    out += fmt::format(R"svg(<g transform="translate({} {}) rotate(-35)">{}</g>)svg", svg::num(x),
                       svg::num(top - 8),
                       svg::text(0, 0, headings[c], c == 0 ? R"(class="label strong")" : R"(class="label")"));
  }
  for (std::size_t r = 0; r < rows; ++r) {
    const TieForecast& base = battery.baseline.ties[r];
    const double y = top + cell_height * static_cast<double>(r);
    const std::optional<Classification> classification = classification_of(alignment, base.between);
    out += svg::text(label_right, y + 20, tie_name(scenario, base.between),
                     R"(class="label strong" text-anchor="end")");
    if (classification) {
      out += svg::text(label_right, y + 36, to_string(*classification),
                       R"(class="label muted small" text-anchor="end")");
    }
    for (std::size_t c = 0; c < columns; ++c) {
      const TieForecast& tie = c == 0 ? base : battery.pressures[c - 1].result.ties[r];
      const double x = label_right + 10 + cell_width * static_cast<double>(c);
      const std::string_view ink = svg::probability_text(tie.p_fracture);
      out += fmt::format(R"(<g class="battery-cell" data-pressure="{}" data-p-fracture="{}">)",
                         html_escape(headings[c]), svg::fixed(tie.p_fracture, 6));
      out += fmt::format(
          R"(<rect x="{}" y="{}" width="{}" height="{}" fill="{}" stroke="#ffffff" stroke-width="2"/>)",
          svg::num(x), svg::num(y), svg::num(cell_width), svg::num(cell_height),
          svg::probability_fill(tie.p_fracture));
      out += svg::text(x + cell_width / 2, y + 21, svg::fixed(tie.p_fracture, 2),
                       fmt::format(R"(class="cell-label" text-anchor="middle" style="fill:{}")", ink));
      if (c > 0) {
        out += svg::text(x + cell_width / 2, y + 37, svg::signed_fixed(tie.p_fracture - base.p_fracture, 2),
                         fmt::format(R"(class="label small" text-anchor="middle" style="fill:{}")", ink));
      }
      out += "</g>";
    }
  }
  // Legend: the scale from 0 to 1.
  const double legend_y = top + cell_height * static_cast<double>(rows) + 24;
  out += R"(<g class="legend">)" +
         svg::text(label_right - 150, legend_y + 12, "P(fracture)", R"(class="label")");
  for (int i = 0; i <= 10; ++i) {
    out +=
        fmt::format(R"(<rect x="{}" y="{}" width="24" height="16" fill="{}"/>)",
                    svg::num(label_right - 60 + 24 * i), svg::num(legend_y), svg::probability_fill(i / 10.0));
  }
  out += svg::text(label_right - 60, legend_y + 32, "0", R"(class="tick")") +
         svg::text(label_right - 60 + 24 * 11, legend_y + 32, "1", R"(class="tick" text-anchor="end")") +
         "</g>";
  return out + svg::close_figure(text);
}

}  // namespace faultline::report
