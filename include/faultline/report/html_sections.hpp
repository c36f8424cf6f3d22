#pragma once
// The sections of the HTML report, one function per section (html_report.cpp puts them in order). Each
// returns a `<section>` with a stable id (`fl-alignment`, `fl-stress`, …) that the page's navigation links
// to.

#include <string>

#include "faultline/analysis/value_map.hpp"
#include "faultline/report/html_report.hpp"
#include "faultline/report/svg_figure.hpp"

namespace faultline::report::html {

// "At a glance": one row per tie with its classification, what holds it, and its forecast.
[[nodiscard]] std::string overview_section(const ReportInputs& inputs);
// The alignment map, then per tie its reason, basis and faultlines.
[[nodiscard]] std::string alignment_section(const ReportInputs& inputs, const ValueMap& map, svg::Ids& ids);
// Perceived against true value agreement and the projection faultlines.
[[nodiscard]] std::string perception_section(const ReportInputs& inputs, svg::Ids& ids);
// Survival curves and the stress battery (needs inputs.battery).
[[nodiscard]] std::string stress_section(const ReportInputs& inputs, svg::Ids& ids);
// The faction graph and the keystone ranking (needs inputs.coalition).
[[nodiscard]] std::string coalition_section(const ReportInputs& inputs, svg::Ids& ids);
// One pitch brief.
[[nodiscard]] std::string pitch_section(const Scenario& scenario, const PitchResult& pitch, svg::Ids& ids);

// `<section id="fl-…" aria-labelledby="fl-…-heading"><h2 …>heading</h2>`; close with `</section>`.
[[nodiscard]] std::string open_section(std::string_view id, std::string_view heading,
                                       std::string_view lead = {});

// A classification as a badge: its word, and a line sample in its colour and dash.
[[nodiscard]] std::string classification_badge(Classification classification);

}  // namespace faultline::report::html
