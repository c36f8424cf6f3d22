#pragma once
// The support model of the pitch brief (docs/pitch.md §1): what a proposal wins from each room member through
// shared values and through offers, what it costs them in losses, and the stance that follows.

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "faultline/analysis/pitch_options.hpp"
#include "faultline/model/scenario.hpp"

namespace faultline {

// A position a proposal (or an alternative to it) takes on one dimension or issue.
struct Assertion {
  TopicKind kind = TopicKind::dimension;
  std::string topic;
  double position = 0.0;
};

// The asserts of a proposal or alternative, resolved to their topics, in the scenario's declaration order
// (dimensions first). Throws faultline::Error for an id that is neither a dimension nor an issue.
[[nodiscard]] std::vector<Assertion> resolve_assertions(const Scenario& scenario,
                                                        const std::map<std::string, double>& asserts);

// What a pitch puts on the table: positions and offers (flows from the proposer to room members).
struct PitchTerms {
  std::vector<Assertion> asserts;
  std::vector<Flow> offers;
};

enum class PitchStance { champion, supporter, tolerant, sceptic, blocker };
[[nodiscard]] std::string_view to_string(PitchStance stance) noexcept;

// One asserted topic as one member meets it.
struct TopicSupport {
  TopicKind kind = TopicKind::dimension;
  std::string topic;
  double position = 0.0;   // the member's (or, for expected support, what the proposer believes it is)
  double salience = 0.0;   // the member's
  double asserted = 0.0;   // the proposal's
  double agreement = 0.0;  // 1 − |position − asserted|, in [-1, 1]
  double gain = 0.0;       // salience · max(0, agreement) / attention
  double loss = 0.0;       // λ · salience · max(0, −agreement) / attention
};

struct MemberSupport {
  std::string id;
  double attention = 1.0;    // max(1, Σ salience over the asserted topics the member holds)
  double from_values = 0.0;  // Σ gain over the asserted topics the member holds
  double from_offers = 0.0;  // Σ value of the offers to the member
  double losses = 0.0;       // Σ loss
  double support = 0.0;      // from_values + from_offers − losses
  PitchStance stance = PitchStance::tolerant;
  std::vector<TopicSupport> topics;  // the asserted topics the member holds a stance on
};

// Σ value of the offers made to `member`.
[[nodiscard]] double offered_value(std::span<const Flow> offers, std::string_view member) noexcept;

[[nodiscard]] PitchStance stance_of(double support, double from_values, double from_offers,
                                    const SupportOptions& options) noexcept;

// The member's support for `terms`. With `perceived_by`, the member's positions are those that actor believes
// it holds (its `perceives:`; the truth where it gives none): the support the proposer expects.
[[nodiscard]] MemberSupport member_support(const Actor& member, const PitchTerms& terms,
                                           const SupportOptions& options,
                                           const Actor* perceived_by = nullptr);

// Every member's support, in room order. Throws faultline::Error for an id the scenario does not have.
[[nodiscard]] std::vector<MemberSupport> room_support(const Scenario& scenario,
                                                      std::span<const std::string> room,
                                                      const PitchTerms& terms, const SupportOptions& options);

// The room's support in one number each way.
struct RoomTotals {
  double weighted = 0.0;  // capability-weighted mean support
  double minimum = 0.0;   // the least supportive member's support (maximin)
  double total = 0.0;     // Σ support
};
[[nodiscard]] RoomTotals room_totals(const Scenario& scenario, std::span<const MemberSupport> members);

// Σ from_values / Σ (from_values + from_offers): the part of the support won through values; 0 when nothing
// is won at all.
[[nodiscard]] double missionary_share(std::span<const MemberSupport> members) noexcept;

// The actor with id `id`, or faultline::Error naming `role`.
[[nodiscard]] const Actor& actor_or_throw(const Scenario& scenario, std::string_view id,
                                          std::string_view role);

}  // namespace faultline
