#pragma once
// Alignment analysis (DESIGN.md §3, docs/model.md): for every tie and both of its sides, how much of the
// tie's worth rests on shared values, exchange, a common threat and power; the classification with its
// reason; and the ranked faultlines. Pure: reads a Scenario, returns a Result.

#include <array>
#include <string>
#include <vector>

#include "faultline/analysis/alignment_options.hpp"
#include "faultline/model/scenario.hpp"

namespace faultline {

enum class Classification { aligned, transactional, common_enemy, power_dependent, hostile };
[[nodiscard]] std::string_view to_string(Classification classification) noexcept;

// Shares of a side's positive worth; they sum to 1 (or are all 0 when nothing is positive).
struct Basis {
  double values = 0.0;
  double exchange = 0.0;
  double threat = 0.0;
  double power = 0.0;
};

// One side of a tie: what `actor` gets from the tie with `partner`.
struct SideAlignment {
  std::string actor;
  std::string partner;
  double value_agreement = 0.0;            // against the partner's true positions, in [-1, 1]
  double perceived_value_agreement = 0.0;  // against what the actor believes the partner holds
  double projection_gap = 0.0;             // perceived - true value agreement
  double issue_agreement = 0.0;            // true, in [-1, 1]
  double perceived_issue_agreement = 0.0;
  double exchange = 0.0;         // value received - cost given
  double common_threat = 0.0;    // in [0, 1]
  double power_asymmetry = 0.0;  // (cap_actor - cap_partner) / (cap_actor + cap_partner)
  double issue_cost = 0.0;       // γ-weighted perceived issue divergence, subtracted from worth
  double worth = 0.0;            // what the actor believes the tie is worth now
  double revealed_worth = 0.0;   // the worth were every perception the truth
  double threshold = 0.0;
  Basis basis;            // shares of the revealed (true) worth: what the tie really rests on
  Basis perceived_basis;  // shares of the worth as the side experiences it
};

enum class FaultlineKind { active, latent, projection };
[[nodiscard]] std::string_view to_string(FaultlineKind kind) noexcept;

struct Faultline {
  TopicKind topic_kind = TopicKind::dimension;
  std::string on;  // dimension or issue id
  FaultlineKind kind = FaultlineKind::active;
  std::string holder;                 // projection faultlines: whose perception is off; empty otherwise
  double divergence = 0.0;            // |x_a - x_b| (projection: |perceived - true|), in [0, 2]
  double joint_salience = 0.0;        // sqrt(s_a s_b) (projection: the holder's salience)
  double severity = 0.0;              // joint_salience * divergence
  std::array<double, 2> positions{};  // the two sides' positions (projection: perceived, true)
};

struct TieAlignment {
  std::array<std::string, 2> between;
  std::array<SideAlignment, 2> sides;
  Classification classification = Classification::transactional;
  std::string reason;
  std::vector<Faultline> faultlines;  // most severe first
};

struct AlignmentResult {
  std::string scenario;
  std::string title;
  std::string
      as_of;  // ISO date of the state analysed (events up to it applied); empty: the scenario as declared
  AlignmentOptions options;
  std::vector<TieAlignment> ties;
};

[[nodiscard]] AlignmentResult analyze_alignment(const Scenario& scenario,
                                                const AlignmentOptions& options = {});

}  // namespace faultline
