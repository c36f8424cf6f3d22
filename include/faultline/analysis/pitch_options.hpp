#pragma once
// The weights, thresholds and follow-up pressures of the pitch brief (docs/pitch.md explains each default).

#include <string>
#include <vector>

#include "faultline/analysis/alignment_options.hpp"

namespace faultline {

// How support is scored and named.
struct SupportOptions {
  // λ: a position pushed against a member's own counts this many times more than the same agreement counts
  // for it (prospect theory's loss aversion, about 2 in Kahneman and Tversky's estimates).
  double loss_aversion = 2.0;
  // Predicted stances by support: champion from `champion` (and only when values carry at least as much of
  // the support as offers: a bought yes does not advocate), supporter from `supporter`, tolerant above
  // `tolerant`, sceptic above `sceptic`, blocker below.
  double champion = 0.5;
  double supporter = 0.15;
  double tolerant = -0.15;
  double sceptic = -0.5;
};

// The pressures of the follow-up: what happens between the meeting and the delivery.
struct FollowUpOptions {
  double offer_cut = 0.5;  // share of every offer's value that is delayed or cut (stress battery: −50 %)
  double cost_salience = 0.3;  // salience added to every topic on which a member loses (costs show up)
  double push_back = 0.3;      // share of the gap to the sceptic's position a fully trusting member moves
  double default_trust = 0.3;  // trust between room members with no declared relation
};

struct PitchOptions {
  std::string proposal;           // the proposal's id
  std::vector<std::string> room;  // empty: the proposal's own room
  SupportOptions support;
  FollowUpOptions follow_up;
  AlignmentOptions alignment;  // the faultline cut-offs of question 2
  // Question 1: the most a member's position moves in one belief shift.
  double max_shift = 0.5;
  // Question 4: the grid step of the third-option search over positions in [-1, 1].
  double grid_step = 0.05;
  // Question 5: a dimension is shared when every room member holds it, no two are further apart than this,
  // and their mean salience reaches `shared_salience`.
  double shared_spread = 0.5;
  double shared_salience = 0.3;
};

}  // namespace faultline
