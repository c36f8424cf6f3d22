#pragma once
// Question 1 of seed 000 (docs/pitch.md §3): "What does this room already believe, and what belief needs to
// shift?" Where the room stands on each asserted topic, where the proposer misreads it, and the one belief
// shift that raises the room's support most.

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "faultline/analysis/pitch_support.hpp"

namespace faultline {

// Where the room stands on one asserted topic.
struct TopicReading {
  Assertion asserted;
  double room_position = 0.0;         // salience-weighted mean position of the members who hold it
  double room_salience = 0.0;         // mean salience of those members
  std::vector<std::string> agree;     // members with agreement > 0 (nearer than one unit)
  std::vector<std::string> disagree;  // members with agreement < 0
};

// One member's position on one asserted topic moved towards the proposal's.
struct BeliefShift {
  std::string member;
  TopicKind kind = TopicKind::dimension;
  std::string topic;
  double from = 0.0;
  double to = 0.0;
  double member_gain = 0.0;  // the member's support after − before
  double room_gain = 0.0;    // the room's capability-weighted support after − before
};

// Where the proposer believes a member stands on an asserted topic, against the truth.
struct Misreading {
  std::string member;
  TopicKind kind = TopicKind::dimension;
  std::string topic;
  double believed = 0.0;
  double actual = 0.0;
  double salience = 0.0;          // the member's
  double expected_support = 0.0;  // the member's support as the proposer expects it
  double support = 0.0;           // the member's true support
};

struct RoomBeliefs {
  std::vector<TopicReading> topics;      // the proposal's asserted topics, in its order
  std::optional<BeliefShift> shift;      // none when no shift raises support
  std::optional<Misreading> misreading;  // the largest salience-weighted one, if any
  std::string answer;
};

// `today` is room_support(scenario, room, terms, options.support).
[[nodiscard]] RoomBeliefs read_room_beliefs(const Scenario& scenario, std::span<const std::string> room,
                                            const std::string& proposer, const PitchTerms& terms,
                                            std::span<const MemberSupport> today,
                                            const PitchOptions& options);

}  // namespace faultline
