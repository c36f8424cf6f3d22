#pragma once
// A survival curve as a compact terminal chart: a few rows of block characters, one column per stretch of
// time from the forecast's start to its horizon, with the share surviving on the left axis.

#include <span>
#include <string>
#include <string_view>

#include "faultline/analysis/stress.hpp"

namespace faultline::report {

struct ChartSize {
  int width = 48;  // columns of time
  int rows = 4;    // each row holds eight levels, so the curve has rows × 8 steps of resolution
};

// Columns after the last point (an observed end stops the counting) stay empty. Every line starts with
// `indent` and ends with a newline.
[[nodiscard]] std::string survival_chart(std::span<const SurvivalPoint> survival, Date start, Date end,
                                         std::string_view indent, ChartSize size = {});

}  // namespace faultline::report
