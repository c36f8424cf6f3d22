#pragma once
// A horizontal bar of block characters for a share in [0, 1], for terminal charts.

#include <string>

namespace faultline::report {

// `width` cells; full cells are '█', the remainder one of the eighth blocks, the rest '·'.
[[nodiscard]] std::string text_bar(double share, int width);

}  // namespace faultline::report
