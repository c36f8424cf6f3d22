#include "faultline/report/svg_figure.hpp"

#include <fmt/format.h>

#include <cmath>

#include "faultline/report/html_escape.hpp"

namespace faultline::report::svg {

std::string Ids::next(std::string_view stem) {
  return fmt::format("fl-{}-{}", stem, ++count_);
}

std::string open_figure(Ids& ids, const FigureText& text, double width, double height,
                        std::string_view kind) {
  const std::string title_id = ids.next("title");
  const std::string desc_id = ids.next("desc");
  std::string out = fmt::format(R"(<figure class="chart chart-{}">)", kind);
  out += fmt::format(R"(<h4 class="chart-title" aria-hidden="true">{}</h4>)", html_escape(text.title));
  out += fmt::format(
      R"(<div class="chart-scroll"><svg viewBox="0 0 {} {}" )"
      R"(role="img" aria-labelledby="{} {}" preserveAspectRatio="xMidYMin meet" style="max-width:{}px">)",
      num(width), num(height), title_id, desc_id, num(width * 1.25));
  out += fmt::format(R"(<title id="{}">{}</title><desc id="{}">{}</desc>)", title_id, html_escape(text.title),
                     desc_id, html_escape(text.description));
  return out;
}

std::string close_figure(const FigureText& text, std::string_view after) {
  std::string out = "</svg></div>";
  if (!text.caption.empty()) out += fmt::format("<figcaption>{}</figcaption>", html_escape(text.caption));
  out += after;
  out += "</figure>\n";
  return out;
}

std::string num(double value) {
  const double rounded = std::round(value * 10.0) / 10.0;
  if (rounded == std::floor(rounded)) return fmt::format("{:.0f}", rounded == 0.0 ? 0.0 : rounded);
  return fmt::format("{:.1f}", rounded);
}

std::string text(double x, double y, std::string_view content, std::string_view attributes) {
  return fmt::format(R"(<text x="{}" y="{}"{}{}>{}</text>)", num(x), num(y), attributes.empty() ? "" : " ",
                     attributes, html_escape(content));
}

double Scale::operator()(double value) const noexcept {
  if (domain_high == domain_low) return (range_low + range_high) / 2.0;
  return range_low + (value - domain_low) / (domain_high - domain_low) * (range_high - range_low);
}

std::vector<double> ticks(double low, double high, int count) {
  if (!(high > low) || count < 1) return {low};
  const double raw = (high - low) / count;
  const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
  double step = magnitude;
  for (const double factor : {1.0, 2.0, 5.0, 10.0}) {
    step = factor * magnitude;
    if (step >= raw) break;
  }
  std::vector<double> out;
  for (double t = std::ceil(low / step - 1e-9) * step; t <= high + step * 1e-9; t += step)
    out.push_back(std::abs(t) < step * 1e-9 ? 0.0 : t);
  return out;
}

std::string fixed(double value, int decimals) {
  const double scale = std::pow(10.0, decimals);
  const double rounded = std::round(value * scale) / scale;
  return fmt::format("{:.{}f}", rounded == 0.0 ? 0.0 : rounded, decimals);
}

std::string signed_fixed(double value, int decimals) {
  const double scale = std::pow(10.0, decimals);
  const double rounded = std::round(value * scale) / scale;
  // A typographic minus reads better than a hyphen beside a plus.
  const std::string digits = fmt::format("{:.{}f}", std::abs(rounded), decimals);
  return (rounded < 0.0 ? "−" : "+") + digits;
}

std::string tick_label(double value, int decimals) {
  return std::abs(value) < 1e-12 ? "0" : signed_fixed(value, decimals);
}

std::string shorten(std::string_view text, std::size_t max_characters) {
  // Counts code points, not bytes, so "–" or "é" count once.
  std::size_t characters = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0U) == 0x80U) continue;
    if (++characters > max_characters) return std::string{text.substr(0, i)} + "…";
  }
  return std::string{text};
}

std::string percent(double share) {
  return fmt::format("{:.0f}%", 100.0 * share);
}

}  // namespace faultline::report::svg
