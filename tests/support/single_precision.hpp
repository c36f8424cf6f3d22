#pragma once
// How closely a stress run's numbers match the same quantity computed in double precision: a run computes in
// single precision (analysis/dynamics.hpp), so a worth of order 1 carries rounding of a few 1e-7, and JSON
// prints it to six decimals.

namespace faultline {

inline constexpr double single_precision_tolerance = 2e-6;

}  // namespace faultline
