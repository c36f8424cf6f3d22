#pragma once
// The parts every chart of the HTML report shares: an accessible <figure> around an inline <svg> (role="img",
// <title> and <desc> referenced by aria-labelledby, a viewBox so it scales to any width), page-unique ids,
// linear scales with round tick values, and text/number formatting for SVG coordinates and labels.

#include <string>
#include <string_view>
#include <vector>

namespace faultline::report::svg {

// Page-unique element ids ("fl-map-3"), so several charts and the web page's own elements never clash.
class Ids {
 public:
  [[nodiscard]] std::string next(std::string_view stem);

 private:
  int count_ = 0;
};

// The words of a chart: title (the figure's heading and the SVG's <title>), description (what it shows, for
// screen readers: <desc>) and an optional caption under it (how to read it). Plain text: escaped here.
struct FigureText {
  std::string title;
  std::string description;
  std::string caption;
};

// `<figure class="chart …"><h4>title</h4><svg viewBox="0 0 width height" role="img" …><title/><desc/>`.
// `kind` becomes a class (`chart-map`), so CSS and tests can find each kind of chart.
[[nodiscard]] std::string open_figure(Ids& ids, const FigureText& text, double width, double height,
                                      std::string_view kind);
// `</svg>` and the caption, then `</figure>`; `after` (raw HTML, e.g. a table alternative) goes before the
// figure closes.
[[nodiscard]] std::string close_figure(const FigureText& text, std::string_view after = {});

// A coordinate or length for an SVG attribute: one decimal, no trailing ".0", never "-0".
[[nodiscard]] std::string num(double value);

// `<text x y …>escaped content</text>`; `attributes` is raw (e.g. `class="label" text-anchor="end"`).
[[nodiscard]] std::string text(double x, double y, std::string_view content,
                               std::string_view attributes = {});

// Maps [domain_low, domain_high] linearly onto [range_low, range_high].
struct Scale {
  double domain_low = 0.0;
  double domain_high = 1.0;
  double range_low = 0.0;
  double range_high = 1.0;
  [[nodiscard]] double operator()(double value) const noexcept;
};

// About `count` round tick values (steps of 1, 2 or 5 × 10^k) covering [low, high].
[[nodiscard]] std::vector<double> ticks(double low, double high, int count);

// "0.64", "+0.30", "64%": the few number formats the labels use.
[[nodiscard]] std::string fixed(double value, int decimals);
[[nodiscard]] std::string signed_fixed(double value, int decimals);
[[nodiscard]] std::string percent(double share);
// An axis tick: "0" at zero, signed otherwise.
[[nodiscard]] std::string tick_label(double value, int decimals);
// At most `max_characters` characters, the last one "…" when the text was cut.
[[nodiscard]] std::string shorten(std::string_view text, std::size_t max_characters);

}  // namespace faultline::report::svg
