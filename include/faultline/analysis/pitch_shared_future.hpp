#pragma once
// Question 5 of seed 000 (docs/pitch.md §3): "What shared future am I inviting them into?" The dimensions on
// which the room already converges — the ground a missionary pitch can stand on — or a plain statement that
// there are none and any yes will be transactional.

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "faultline/analysis/pitch_support.hpp"

namespace faultline {

struct SharedDimension {
  std::string dimension;
  double room_position = 0.0;               // mean position of the room
  double spread = 0.0;                      // the largest distance between two members
  double room_salience = 0.0;               // mean salience of the room
  std::optional<double> proposer_position;  // absent when the proposer holds no stance on it
  bool proposer_shares = false;             // the proposer is within the spread of the room's mean
  std::optional<double> asserted;           // the proposal's position on it, if it asserts one
  bool proposal_opposes = false;            // it asserts one further than the spread from the room's mean
};

struct SharedFuture {
  std::vector<SharedDimension> dimensions;  // most salient first
  std::string answer;
};

[[nodiscard]] SharedFuture find_shared_future(const Scenario& scenario, std::span<const std::string> room,
                                              const std::string& proposer, const PitchTerms& terms,
                                              double missionary_share, const PitchOptions& options);

}  // namespace faultline
