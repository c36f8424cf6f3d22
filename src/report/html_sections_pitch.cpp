// One pitch brief in the HTML report.
#include "faultline/report/html_sections.hpp"

namespace faultline::report::html {

std::string pitch_section(const Scenario& scenario, const PitchResult& pitch, svg::Ids& ids) {
  (void)scenario;
  (void)ids;
  return "<article class=\"pitch\"><h3>" + pitch.proposal + "</h3></article>";
}

}  // namespace faultline::report::html
