// The stress part of the HTML report: survival curves and the battery.
#include "faultline/report/html_sections.hpp"

namespace faultline::report::html {

std::string stress_section(const ReportInputs& inputs, svg::Ids& ids) {
  (void)inputs;
  (void)ids;
  return open_section("stress", "Stress: will the ties hold?") + "</section>\n";
}

}  // namespace faultline::report::html
