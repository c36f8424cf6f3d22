#pragma once
// Every string that comes from a scenario (titles, names, labels, notes, sentences built from them) passes
// through here before it enters the HTML report, in text and in attribute values alike.

#include <string>
#include <string_view>

namespace faultline::report {

// Replaces & < > " ' by their character references.
[[nodiscard]] std::string html_escape(std::string_view text);

}  // namespace faultline::report
