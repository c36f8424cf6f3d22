#pragma once
// The report's visual vocabulary, one place for every chart: colours from the Okabe–Ito palette (safe for the
// common colour-vision deficiencies) and, for every colour that carries meaning, a second channel that
// survives grey-scale printing — a dash pattern for lines, a fill pattern for areas — besides a word in the
// legend or on the mark itself.

#include <string>
#include <string_view>

#include "faultline/analysis/alignment.hpp"

namespace faultline::report::svg {

struct LineStyle {
  std::string_view colour;
  std::string_view dash;  // stroke-dasharray; empty: solid
};

[[nodiscard]] LineStyle classification_style(Classification classification) noexcept;
// `stroke="…" stroke-dasharray="…"` for a classification.
[[nodiscard]] std::string classification_stroke(Classification classification);

// The four terms of a tie's basis, in the order the bars draw them.
enum class BasisTerm { values, exchange, threat, power };
[[nodiscard]] std::string_view basis_label(BasisTerm term) noexcept;
// A `fill` attribute value: `url(#…)` of a pattern in pattern_definitions().
[[nodiscard]] std::string basis_fill(BasisTerm term);
[[nodiscard]] double basis_share(const Basis& basis, BasisTerm term) noexcept;

// Fills for the pitch brief's support bars (values and offers share the basis patterns).
[[nodiscard]] std::string loss_fill();

// Positive and negative ties in the faction graph.
inline constexpr std::string_view positive_colour = "#0072B2";
inline constexpr std::string_view negative_colour = "#D55E00";
inline constexpr std::string_view negative_dash = "6 4";
inline constexpr std::string_view ink = "#222222";
inline constexpr std::string_view muted = "#6b6b6b";
inline constexpr std::string_view grid = "#dddddd";

// A hidden <svg> holding the patterns every chart refers to; put it once before the first chart.
[[nodiscard]] std::string pattern_definitions();

// A sequential fill for a probability in [0, 1] (light to dark blue; reads in grey scale too) and the text
// colour that stays legible on it.
[[nodiscard]] std::string probability_fill(double p);
[[nodiscard]] std::string_view probability_text(double p) noexcept;

}  // namespace faultline::report::svg
