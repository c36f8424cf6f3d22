#pragma once
// The pitch brief (DESIGN.md §3, docs/pitch.md): a proposal and a room → each member's support (through
// values, through offers, minus losses), whether it survives the follow-up, the missionary share, and seed
// 000's five clarity questions answered with names and numbers. Pure: reads a Scenario, returns a Result.

#include <optional>
#include <string>
#include <vector>

#include "faultline/analysis/pitch_beliefs.hpp"
#include "faultline/analysis/pitch_false_choice.hpp"
#include "faultline/analysis/pitch_follow_up.hpp"
#include "faultline/analysis/pitch_risk.hpp"
#include "faultline/analysis/pitch_shared_future.hpp"
#include "faultline/analysis/pitch_support.hpp"
#include "faultline/analysis/pitch_unaddressed.hpp"

namespace faultline {

struct PitchMember {
  MemberSupport support;          // today, in the meeting
  double expected_support = 0.0;  // as the proposer expects it, from what it believes the member holds
  FollowUp follow_up;             // after the meeting
};

struct PitchResult {
  std::string scenario;
  std::string title;
  std::string proposal;  // id
  std::string proposal_title;
  std::string by;
  std::vector<std::string> room;
  PitchTerms terms;
  std::vector<PitchMember> members;  // in room order
  RoomTotals support;                // today
  RoomTotals kept_support;           // after the follow-up
  double missionary_share = 0.0;
  std::string sceptic;  // who pushes back in the follow-up; empty when no one opposes
  std::string summary;  // the support and the follow-through in two sentences
  // The five clarity questions of seed 000, in order.
  RoomBeliefs beliefs;
  Unaddressed unaddressed;
  EmotionalRisk risk;
  FalseChoice false_choice;
  SharedFuture future;
  PitchOptions options;
};

// The questions as seed 000 asks them, numbered 1–5.
[[nodiscard]] std::string_view clarity_question(int n) noexcept;

// Throws faultline::Error when the proposal, the proposer or a room member is not in the scenario, when the
// room is empty or when it holds the proposer.
[[nodiscard]] PitchResult brief_pitch(const Scenario& scenario, const PitchOptions& options);

}  // namespace faultline
