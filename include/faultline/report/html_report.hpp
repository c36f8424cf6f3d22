#pragma once
// The self-contained HTML report (issue 7): every analysis faultline has, as inline SVG charts with titles,
// axes, legends and readable labels; no network access at view time. The web UI shows the same sections, so a
// chart is drawn by one piece of code whether it ends up in a file or in the browser.

#include <string>
#include <string_view>
#include <vector>

#include "faultline/analysis/alignment.hpp"
#include "faultline/analysis/coalition.hpp"
#include "faultline/analysis/pitch.hpp"
#include "faultline/analysis/stress_battery.hpp"
#include "faultline/model/scenario.hpp"

namespace faultline::report {

// What a report shows; every pointer but `scenario` and `alignment` may be null (that part is left out).
struct ReportInputs {
  const Scenario* scenario = nullptr;
  const AlignmentResult* alignment = nullptr;
  const BatteryResult* battery = nullptr;
  const CoalitionResult* coalition = nullptr;
  std::vector<const PitchResult*> pitches;
};

// The report's <section> elements (inline SVG, no <html>/<head>), for embedding in the web page. Throws
// faultline::Error when `scenario` or `alignment` is missing. Every string from the scenario is escaped.
[[nodiscard]] std::string html_report_sections(const ReportInputs& inputs);

// The style sheet the sections need (screen and print), for a page that embeds them: the page below inlines
// it.
[[nodiscard]] std::string_view html_report_css() noexcept;

// A complete, self-contained page: the sections plus inline CSS (screen and print).
[[nodiscard]] std::string html_report_page(const ReportInputs& inputs);

}  // namespace faultline::report
