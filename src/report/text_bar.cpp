#include "faultline/report/text_bar.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace faultline::report {

std::string text_bar(double share, int width) {
  static constexpr std::array<const char*, 8> eighths{"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};
  const int total_eighths = static_cast<int>(std::lround(std::clamp(share, 0.0, 1.0) * width * 8));
  const int full = total_eighths / 8;
  const int remainder = total_eighths % 8;
  std::string bar;
  for (int i = 0; i < full; ++i) bar += "█";
  bar += eighths[static_cast<std::size_t>(remainder)];
  for (int i = full + (remainder > 0 ? 1 : 0); i < width; ++i) bar += "·";
  return bar;
}

}  // namespace faultline::report
