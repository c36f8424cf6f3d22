#pragma once
// Question 3 of seed 000 (docs/pitch.md §3): "What's the emotional risk in what I'm saying — and how can I
// de-risk it?" Who loses what, and the cheaper of two remedies for the largest loss no offer yet covers: an
// assurance (soften the asserted position just enough) or an offer worth the loss.

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "faultline/analysis/pitch_support.hpp"

namespace faultline {

// A loss the proposal imposes on one member on one topic.
struct PitchLoss {
  std::string member;
  TopicKind kind = TopicKind::dimension;
  std::string topic;
  double position = 0.0;  // the member's
  double asserted = 0.0;  // the proposal's
  double loss = 0.0;      // λ · s · max(0, |x − a| − 1)
  bool covered = false;   // the member's offers are worth at least all its losses
};

struct Assurance {
  double position = 0.0;   // the softened position: one unit from the member's, so the loss is gone
  double price = 0.0;      // the support the rest of the room loses (net, ≥ 0)
  double room_gain = 0.0;  // the change in the room's capability-weighted support
};

struct RemedyOffer {
  double value = 0.0;  // what the member must receive: the loss, or what the offers leave uncovered
  double cost =
      0.0;  // what it costs the proposer, at the cost/value ratio of its existing offers (1 if none)
  double room_gain = 0.0;
};

enum class Remedy { assurance, offer };
[[nodiscard]] std::string_view to_string(Remedy remedy) noexcept;

struct EmotionalRisk {
  std::vector<PitchLoss> losses;    // every loss, largest first
  std::optional<PitchLoss> target;  // the largest loss not covered by offers
  Assurance assurance;              // remedies for the target
  RemedyOffer offer;
  Remedy advice = Remedy::assurance;  // the cheaper one (the assurance on a tie: it costs no money)
  std::string answer;
};

[[nodiscard]] EmotionalRisk assess_emotional_risk(const Scenario& scenario, std::span<const std::string> room,
                                                  const std::string& proposer, const PitchTerms& terms,
                                                  std::span<const MemberSupport> today,
                                                  const PitchOptions& options);

}  // namespace faultline
