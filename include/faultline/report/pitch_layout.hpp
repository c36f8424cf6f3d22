#pragma once
// What the text and Markdown briefs lay out the same way: the room in words, the five answers in order, and
// the options table of question 4 (proposal, alternative and the two third options side by side).

#include <array>
#include <span>
#include <string>
#include <vector>

#include "faultline/analysis/pitch.hpp"
#include "faultline/model/scenario.hpp"

namespace faultline::report::pitch_layout {

// "A, B and C" by name.
[[nodiscard]] std::string room_names(const PitchResult& result, const Scenario& scenario);

// The answers to clarity questions 1–5, in order.
[[nodiscard]] std::array<std::string, 5> answers(const PitchResult& result);

struct OptionColumn {
  std::string heading;
  std::span<const Assertion> asserts;
  RoomTotals support;
};

// The proposal, the alternative and both third options; empty when the proposal is not framed.
[[nodiscard]] std::vector<OptionColumn> option_columns(const PitchResult& result);

// Every topic any column asserts, in the order it first appears.
[[nodiscard]] std::vector<Assertion> option_topics(std::span<const OptionColumn> columns);

// The column's position on `topic` ("+0.50"), or "—" when it asserts none.
[[nodiscard]] std::string position_cell(const OptionColumn& column, const std::string& topic);

}  // namespace faultline::report::pitch_layout
