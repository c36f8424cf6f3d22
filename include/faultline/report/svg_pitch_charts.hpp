#pragma once
// The pitch brief's chart: per room member, the support won through values and through offers (to the
// right of zero), the losses the proposal imposes (to the left), the net support in the meeting, the support
// kept after the follow-up and the support the proposer expected; then the missionary share.

#include <string>

#include "faultline/analysis/pitch.hpp"
#include "faultline/model/scenario.hpp"
#include "faultline/report/svg_figure.hpp"

namespace faultline::report {

[[nodiscard]] std::string pitch_support_figure(const Scenario& scenario, const PitchResult& pitch,
                                               svg::Ids& ids);

}  // namespace faultline::report
