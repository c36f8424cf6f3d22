#pragma once
// The alignment map: actors placed by classical MDS of their value positions (analysis/value_map.hpp), one
// circle per actor sized by capability, and every tie drawn between its two actors — coloured and dashed by
// its classification, as wide as its (true) worth, with the classification written on it.

#include <string>

#include "faultline/analysis/alignment.hpp"
#include "faultline/analysis/value_map.hpp"
#include "faultline/model/scenario.hpp"
#include "faultline/report/svg_figure.hpp"

namespace faultline::report {

[[nodiscard]] std::string alignment_map_figure(const Scenario& scenario, const AlignmentResult& alignment,
                                               const ValueMap& map, svg::Ids& ids);

// The legend of classifications (a line sample in each one's colour and dash, and its word), shared by the
// charts that colour ties.
[[nodiscard]] std::string classification_legend(double x, double y, double width);

}  // namespace faultline::report
