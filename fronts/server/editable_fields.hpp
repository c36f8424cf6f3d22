#pragma once
// The numbers the page offers as sliders: every actor's threshold and capability, positions and saliences on
// dimensions and issues, and every flow's value and cost — each with the edit path that changes it in the
// file (server/scenario_edit.hpp), a label in words and its range. Only numbers written in the file are
// offered (a default the file leaves out has no text to edit).

#include <nlohmann/json.hpp>

#include <string_view>

#include "faultline/model/scenario.hpp"

namespace faultline::server {

// [{"path", "group", "label", "value", "min", "max"}, …] for `scenario` read from `text`.
[[nodiscard]] nlohmann::ordered_json editable_fields(const Scenario& scenario, std::string_view text,
                                                     std::string_view file_name);

}  // namespace faultline::server
