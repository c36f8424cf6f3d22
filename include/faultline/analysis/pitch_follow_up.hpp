#pragma once
// Winning the room vs keeping it (docs/pitch.md §2): the support each member still gives after the follow-up,
// when the offers are delayed or cut, the costs show up and the room's sceptic pushes back. Seed 000: "they
// win the meeting but lose the follow-through".

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "faultline/analysis/pitch_support.hpp"

namespace faultline {

// What a member who nods today does in the follow-up.
enum class FollowThrough {
  holds,    // still a supporter after every pressure
  ghosts,   // the yes was bought: it goes when the offers are delayed or cut
  resists,  // the losses bite once the costs show up: internal resistance
  drifts,   // the sceptic's push-back talks them out of it: strategic drift
  not_won,  // not a supporter even today
};
[[nodiscard]] std::string_view to_string(FollowThrough outcome) noexcept;

struct FollowUp {
  std::string id;
  double offers_cut = 0.0;  // support once the offers are cut
  double costs_show = 0.0;  // support once the losing topics grow salient
  double push_back = 0.0;   // support once the sceptic has argued
  double kept = 0.0;        // support under all three at once
  FollowThrough outcome = FollowThrough::not_won;
};

struct FollowUpResult {
  std::string sceptic;  // who pushes back: the least supportive member, unless it nods today; may be empty
  std::vector<FollowUp> members;  // in room order
};

// `today` is room_support(scenario, room, terms, ...) for the same arguments.
[[nodiscard]] FollowUpResult follow_up(const Scenario& scenario, std::span<const std::string> room,
                                       const PitchTerms& terms, std::span<const MemberSupport> today,
                                       const PitchOptions& options);

}  // namespace faultline
