#pragma once
// Question 4 of seed 000 (docs/pitch.md §3): "What false choice might this pitch be reinforcing — and how can
// I reframe it?" When the proposal is framed against one alternative: the room's support for each, and the
// third options (best weighted, best maximin) the search finds, beside the proposal's.

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "faultline/analysis/pitch_third_option.hpp"

namespace faultline {

struct FalseChoice {
  bool framed = false;  // the proposal names an alternative; nothing else is set when it does not
  std::string against_title;
  std::vector<Assertion> against;
  std::vector<MemberSupport> against_members;  // the room's support for the alternative (no offers)
  RoomTotals against_support;
  RoomTotals proposal_support;
  std::optional<ThirdOption> weighted;  // the best option by capability-weighted support
  std::optional<ThirdOption> maximin;   // the best option for the least supportive member
  std::string answer;
};

[[nodiscard]] FalseChoice examine_false_choice(const Scenario& scenario, std::span<const std::string> room,
                                               const Proposal& proposal, const PitchTerms& terms,
                                               std::span<const MemberSupport> today,
                                               const PitchOptions& options);

}  // namespace faultline
