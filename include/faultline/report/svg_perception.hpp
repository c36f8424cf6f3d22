#pragma once
// Perception against truth: how much each side believes it agrees with its partner against how much it
// does, and the projection faultlines behind the gap — what a side believes its partner holds on a topic
// against what the partner holds. Seed 002: the alliance that ran on a misreading.

#include <string>

#include "faultline/analysis/alignment.hpp"
#include "faultline/model/scenario.hpp"
#include "faultline/report/svg_figure.hpp"

namespace faultline::report {

// Every side whose perceived value agreement differs from the true one by at least `floor`; empty when none.
[[nodiscard]] std::string perception_gap_figure(const Scenario& scenario, const AlignmentResult& alignment,
                                                svg::Ids& ids, double floor = 0.01);

// The `shown` most severe projection faultlines of all ties; empty when there are none.
[[nodiscard]] std::string projection_figure(const Scenario& scenario, const AlignmentResult& alignment,
                                            svg::Ids& ids, std::size_t shown = 10);

}  // namespace faultline::report
