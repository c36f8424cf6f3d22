#pragma once
// The false choice (docs/pitch.md §3, question 4): a proposal framed against one alternative, and a search of
// the position space for a third option the room supports more. Deterministic coordinate search on a grid,
// started from the proposal itself, so the option found is never worse than the proposal.

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "faultline/analysis/pitch_support.hpp"

namespace faultline {

// What "more support" means: the capability-weighted mean, or the least supportive member's (maximin).
enum class SearchObjective { weighted, maximin };
[[nodiscard]] std::string_view to_string(SearchObjective objective) noexcept;

struct ThirdOption {
  SearchObjective objective = SearchObjective::weighted;
  std::vector<Assertion> asserts;      // the option's positions (the proposal's offers stay as they are)
  std::vector<MemberSupport> members;  // each member's support for it
  RoomTotals support;
  bool improves = false;  // strictly better than the proposal on the objective
};

// Searches positions in [-1, 1] (step `grid_step`) on every topic the proposal or the alternative asserts,
// keeping the proposal's offers. Topics only the alternative asserts may also be left unasserted. An option
// is only one the proposer can stand behind: on every topic the proposer holds, within one unit of its own
// position (agreement ≥ 0), so the search never advises pandering.
[[nodiscard]] ThirdOption search_third_option(const Scenario& scenario, std::span<const std::string> room,
                                              const Actor& proposer, const PitchTerms& proposal,
                                              std::span<const Assertion> against, SearchObjective objective,
                                              const PitchOptions& options);

}  // namespace faultline
