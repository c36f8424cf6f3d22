#include "faultline/report/survival_chart.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>

namespace faultline::report {

namespace {

constexpr std::array<std::string_view, 9> levels{" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"};

// The survival at each column's midpoint (the last point at or before it); negative past the last point.
std::vector<double> column_values(std::span<const SurvivalPoint> survival, Date start, Date end, int width) {
  std::vector<double> values(static_cast<std::size_t>(width), -1.0);
  const double span_days = std::max(1, days_between(start, end));
  std::size_t next = 0;
  for (int c = 0; c < width; ++c) {
    const double middle = start.days() + (c + 0.5) * span_days / width;
    while (next < survival.size() && survival[next].t.days() <= middle) ++next;
    if (next == 0) continue;
    if (next == survival.size() && middle > survival.back().t.days() + span_days / width) continue;
    values[static_cast<std::size_t>(c)] = survival[next - 1].s;
  }
  return values;
}

}  // namespace

std::string survival_chart(std::span<const SurvivalPoint> survival, Date start, Date end,
                           std::string_view indent, ChartSize size) {
  const std::vector<double> values = column_values(survival, start, end, size.width);
  std::string out;
  for (int row = 0; row < size.rows; ++row) {
    const std::string_view axis = row == 0 ? "1.0 ┤" : (row == size.rows - 1 ? "0.0 ┤" : "    │");
    out += fmt::format("{}{}", indent, axis);
    const int floor_eighths = (size.rows - 1 - row) * 8;
    for (double value : values) {
      if (value < 0.0) {
        out += ' ';
        continue;
      }
      const int eighths = static_cast<int>(std::lround(value * size.rows * 8));
      out += levels[static_cast<std::size_t>(std::clamp(eighths - floor_eighths, 0, 8))];
    }
    out += '\n';
  }
  const std::string first = start.to_iso();
  const std::string last = end.to_iso();
  const int gap = std::max(1, size.width - static_cast<int>(first.size() + last.size()));
  out += fmt::format("{}     {}{:{}}{}\n", indent, first, "", gap, last);
  return out;
}

}  // namespace faultline::report
