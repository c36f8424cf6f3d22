#pragma once
// Numbers in JSON output are rounded to 6 decimals: enough for any reading, and stable across compilers and
// optimisation levels, so golden files compare exactly.

#include <cmath>

namespace faultline::report {

[[nodiscard]] inline double json_number(double value) noexcept {
  const double rounded = std::round(value * 1e6) / 1e6;
  return rounded == 0.0 ? 0.0 : rounded;  // never print -0
}

}  // namespace faultline::report
