#pragma once
// The charts of one tie: its basis (what each side's worth rests on, as 100 % bars) and its ranked
// faultlines (where the sides stand on each divisive dimension or issue, between the topic's two poles).

#include <string>

#include "faultline/analysis/alignment.hpp"
#include "faultline/model/scenario.hpp"
#include "faultline/report/svg_figure.hpp"

namespace faultline::report {

// Per side: the true basis (what the tie rests on) and, thinner, the basis as the side experiences it.
[[nodiscard]] std::string basis_figure(const Scenario& scenario, const TieAlignment& tie, svg::Ids& ids);

// The `shown` most severe active and latent faultlines as dumbbells on each topic's pole axis; empty when
// the tie has none.
[[nodiscard]] std::string faultlines_figure(const Scenario& scenario, const TieAlignment& tie, svg::Ids& ids,
                                            std::size_t shown = 8);

// Marks shared by the charts that place two sides on a pole axis: side 0 a circle, side 1 a square (shape,
// not colour alone), both labelled in the legend.
[[nodiscard]] std::string side_marker(int side, double x, double y, bool hollow = false);

}  // namespace faultline::report
