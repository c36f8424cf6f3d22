#include "faultline/report/svg_palette.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>

namespace faultline::report::svg {

LineStyle classification_style(Classification classification) noexcept {
  switch (classification) {
    case Classification::aligned:
      return {"#0072B2", ""};
    case Classification::transactional:
      return {"#E69F00", "10 5"};
    case Classification::common_enemy:
      return {"#009E73", "3 4"};
    case Classification::power_dependent:
      return {"#CC79A7", "12 4 3 4"};
    case Classification::hostile:
      return {"#D55E00", "2 3"};
  }
  return {"#222222", ""};
}

std::string classification_stroke(Classification classification) {
  const LineStyle style = classification_style(classification);
  if (style.dash.empty()) return fmt::format(R"(stroke="{}")", style.colour);
  return fmt::format(R"(stroke="{}" stroke-dasharray="{}")", style.colour, style.dash);
}

std::string_view basis_label(BasisTerm term) noexcept {
  switch (term) {
    case BasisTerm::values:
      return "shared values";
    case BasisTerm::exchange:
      return "exchange";
    case BasisTerm::threat:
      return "common threat";
    case BasisTerm::power:
      return "power";
  }
  return "";
}

std::string basis_fill(BasisTerm term) {
  switch (term) {
    case BasisTerm::values:
      return "url(#fl-fill-values)";
    case BasisTerm::exchange:
      return "url(#fl-fill-exchange)";
    case BasisTerm::threat:
      return "url(#fl-fill-threat)";
    case BasisTerm::power:
      return "url(#fl-fill-power)";
  }
  return "#999999";
}

double basis_share(const Basis& basis, BasisTerm term) noexcept {
  switch (term) {
    case BasisTerm::values:
      return basis.values;
    case BasisTerm::exchange:
      return basis.exchange;
    case BasisTerm::threat:
      return basis.threat;
    case BasisTerm::power:
      return basis.power;
  }
  return 0.0;
}

std::string loss_fill() {
  return "url(#fl-fill-loss)";
}

std::string pattern_definitions() {
  // Values: solid blue (the one fill without texture). Exchange: orange with diagonal hatching. Threat:
  // green with dots. Power: purple with cross-hatching. Loss: vermilion with horizontal lines.
  return R"(<svg class="fl-defs" width="0" height="0" aria-hidden="true" focusable="false"><defs>)"
         R"(<pattern id="fl-fill-values" width="8" height="8" patternUnits="userSpaceOnUse">)"
         R"(<rect width="8" height="8" fill="#0072B2"/></pattern>)"
         R"(<pattern id="fl-fill-exchange" width="8" height="8" patternUnits="userSpaceOnUse" )"
         R"svg(patternTransform="rotate(45)"><rect width="8" height="8" fill="#E69F00"/>)svg"
         R"(<rect width="3" height="8" fill="#8a5d00"/></pattern>)"
         R"(<pattern id="fl-fill-threat" width="7" height="7" patternUnits="userSpaceOnUse">)"
         R"(<rect width="7" height="7" fill="#009E73"/><circle cx="3.5" cy="3.5" r="1.6" fill="#ffffff"/>)"
         R"(</pattern>)"
         R"(<pattern id="fl-fill-power" width="8" height="8" patternUnits="userSpaceOnUse">)"
         R"(<rect width="8" height="8" fill="#CC79A7"/><path d="M0 0L8 8M8 0L0 8" stroke="#ffffff" )"
         R"(stroke-width="1.3"/></pattern>)"
         R"(<pattern id="fl-fill-loss" width="6" height="6" patternUnits="userSpaceOnUse">)"
         R"(<rect width="6" height="6" fill="#D55E00"/><rect y="4" width="6" height="2" fill="#ffffff"/>)"
         R"(</pattern>)"
         R"(</defs></svg>)";
}

std::string probability_fill(double p) {
  // Interpolates the ColorBrewer "Blues" ramp end points through a middle stop.
  static constexpr std::array<std::array<double, 3>, 3> stops{
      {{247, 251, 255}, {107, 174, 214}, {8, 48, 107}}};
  const double t = std::clamp(p, 0.0, 1.0) * 2.0;
  const std::size_t lower = t >= 1.0 ? 1 : 0;
  const double f = t - static_cast<double>(lower);
  std::array<int, 3> rgb{};
  for (std::size_t c = 0; c < 3; ++c)
    rgb[c] = static_cast<int>(std::lround(stops[lower][c] + f * (stops[lower + 1][c] - stops[lower][c])));
  return fmt::format("#{:02x}{:02x}{:02x}", rgb[0], rgb[1], rgb[2]);
}

std::string_view probability_text(double p) noexcept {
  return p > 0.55 ? "#ffffff" : "#111111";
}

}  // namespace faultline::report::svg
