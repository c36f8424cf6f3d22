#pragma once
// The coalition analysis for people: the balance split with its certificate, the factions, the landscape's
// minima, the leaders' split with margins, the keystones and the scores, as aligned text.

#include <string>

#include "faultline/analysis/coalition.hpp"

namespace faultline::report {

[[nodiscard]] std::string coalition_text(const CoalitionResult& result);

}  // namespace faultline::report
