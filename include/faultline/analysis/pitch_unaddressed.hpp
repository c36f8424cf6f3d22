#pragma once
// Question 2 of seed 000 (docs/pitch.md §3): "What's missing from this conversation that I know to be true?"
// The faultlines between the people in the room (the proposer included) on topics the proposal does not
// assert: what the pitch is silent about but the room will have to settle.

#include <array>
#include <span>
#include <string>
#include <vector>

#include "faultline/analysis/alignment.hpp"
#include "faultline/analysis/pitch_support.hpp"

namespace faultline {

struct UnaddressedFaultline {
  TopicKind topic_kind = TopicKind::dimension;
  std::string topic;
  std::array<std::string, 2> between;
  std::array<double, 2> positions{};
  double divergence = 0.0;                     // |x_a − x_b|
  double joint_salience = 0.0;                 // sqrt(s_a s_b)
  double severity = 0.0;                       // joint salience · divergence
  FaultlineKind kind = FaultlineKind::active;  // active from options.alignment.active_salience
};

struct Unaddressed {
  std::vector<UnaddressedFaultline> faultlines;  // most severe first; the most severe pair per topic only
  std::string answer;
};

// Pairs: the proposer with each member, and every two members.
[[nodiscard]] Unaddressed find_unaddressed(const Scenario& scenario, std::span<const std::string> room,
                                           const std::string& proposer, const PitchTerms& terms,
                                           const PitchOptions& options);

}  // namespace faultline
