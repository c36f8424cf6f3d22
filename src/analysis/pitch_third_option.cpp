#include "faultline/analysis/pitch_third_option.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

#include "faultline/model/error.hpp"

namespace faultline {

std::string_view to_string(SearchObjective objective) noexcept {
  return objective == SearchObjective::weighted ? "weighted" : "maximin";
}

namespace {

// A point of the search: one optional position per searched topic (nullopt: not asserted).
using Point = std::vector<std::optional<double>>;

struct SearchSpace {
  std::vector<Assertion> topics;                // position fields unused; kind and id of each searched topic
  std::vector<bool> may_drop;                   // only the alternative asserts it: silence is an option
  std::vector<std::optional<double>> proposer;  // the proposer's own position on each, if it holds one
};

// The proposer stands behind a position at most one unit from its own (agreement 1 − |x − a| ≥ 0).
bool within_reach(const SearchSpace& space, std::size_t i, double position) {
  constexpr double epsilon = 1e-9;
  return !space.proposer[i] || std::abs(position - *space.proposer[i]) <= 1.0 + epsilon;
}

std::optional<double> into_reach(const SearchSpace& space, std::size_t i, std::optional<double> position) {
  if (!position || !space.proposer[i]) return position;
  return std::clamp(*position, *space.proposer[i] - 1.0, *space.proposer[i] + 1.0);
}

std::optional<double> position_in(std::span<const Assertion> asserts, const std::string& topic) {
  for (const Assertion& assertion : asserts) {
    if (assertion.topic == topic) return assertion.position;
  }
  return std::nullopt;
}

SearchSpace search_space(const Scenario& scenario, const Actor& proposer, const PitchTerms& proposal,
                         std::span<const Assertion> against) {
  std::map<std::string, double> ids;
  for (const Assertion& a : proposal.asserts) ids.emplace(a.topic, a.position);
  for (const Assertion& a : against) ids.emplace(a.topic, a.position);
  SearchSpace space;
  space.topics = resolve_assertions(scenario, ids);
  for (const Assertion& topic : space.topics) {
    space.may_drop.push_back(!position_in(proposal.asserts, topic.topic).has_value());
    const auto& stances = topic.kind == TopicKind::dimension ? proposer.values : proposer.issues;
    const auto held = stances.find(topic.topic);
    space.proposer.push_back(held == stances.end() ? std::nullopt
                                                   : std::optional<double>{held->second.position.value});
  }
  return space;
}

PitchTerms terms_at(const SearchSpace& space, const Point& point, const PitchTerms& proposal) {
  PitchTerms terms{.asserts = {}, .offers = proposal.offers};
  for (std::size_t i = 0; i < space.topics.size(); ++i) {
    if (point[i]) terms.asserts.push_back({space.topics[i].kind, space.topics[i].topic, *point[i]});
  }
  return terms;
}

struct Scored {
  Point point;
  RoomTotals totals;
};

// Lexicographic: the objective first, the other measure breaks ties; `epsilon` keeps rounding noise from
// counting as an improvement.
bool better(const RoomTotals& x, const RoomTotals& y, SearchObjective objective) {
  constexpr double epsilon = 1e-9;
  const double primary_x = objective == SearchObjective::weighted ? x.weighted : x.minimum;
  const double primary_y = objective == SearchObjective::weighted ? y.weighted : y.minimum;
  if (primary_x > primary_y + epsilon) return true;
  if (primary_x < primary_y - epsilon) return false;
  const double secondary_x = objective == SearchObjective::weighted ? x.minimum : x.weighted;
  const double secondary_y = objective == SearchObjective::weighted ? y.minimum : y.weighted;
  return secondary_x > secondary_y + epsilon;
}

}  // namespace

ThirdOption search_third_option(const Scenario& scenario, std::span<const std::string> room,
                                const Actor& proposer, const PitchTerms& proposal,
                                std::span<const Assertion> against, SearchObjective objective,
                                const PitchOptions& options) {
  if (!(options.grid_step > 0.0) || options.grid_step > 2.0) throw Error("the grid step must be in (0, 2]");
  const SearchSpace space = search_space(scenario, proposer, proposal, against);
  const auto score = [&](const Point& point) {
    const auto members = room_support(scenario, room, terms_at(space, point, proposal), options.support);
    return room_totals(scenario, members);
  };

  // Starts: the proposal itself (so the result is never worse), the alternative, and the midpoint between
  // them (both brought within the proposer's reach).
  Point from_proposal;
  Point from_against;
  Point midpoint;
  for (std::size_t i = 0; i < space.topics.size(); ++i) {
    const auto ours = position_in(proposal.asserts, space.topics[i].topic);
    const auto theirs = position_in(against, space.topics[i].topic);
    from_proposal.push_back(ours);
    from_against.push_back(into_reach(space, i, theirs ? theirs : ours));
    midpoint.push_back(into_reach(
        space, i, ours && theirs ? std::optional<double>{(*ours + *theirs) / 2} : (ours ? ours : theirs)));
  }

  // The grid divides [-1, 1] evenly, so 0 and both poles are points of it exactly.
  const int steps = std::max(1, static_cast<int>(std::lround(2.0 / options.grid_step)));
  Scored best{from_proposal, score(from_proposal)};
  const RoomTotals proposal_totals = best.totals;
  for (const Point& start : {from_proposal, from_against, midpoint}) {
    Scored current{start, score(start)};
    // Coordinate search: move one topic at a time to its best grid position until no move improves.
    for (bool improved = true; improved;) {
      improved = false;
      for (std::size_t i = 0; i < space.topics.size(); ++i) {
        std::vector<std::optional<double>> candidates;
        if (space.may_drop[i]) candidates.emplace_back(std::nullopt);
        for (int k = 0; k <= steps; ++k) {
          const double position = -1.0 + 2.0 * k / steps;
          if (within_reach(space, i, position)) candidates.emplace_back(position);
        }
        for (const auto& candidate : candidates) {
          Point trial = current.point;
          trial[i] = candidate;
          const RoomTotals totals = score(trial);
          if (better(totals, current.totals, objective)) {
            current = {std::move(trial), totals};
            improved = true;
          }
        }
      }
    }
    if (better(current.totals, best.totals, objective)) best = std::move(current);
  }

  ThirdOption option;
  option.objective = objective;
  const PitchTerms terms = terms_at(space, best.point, proposal);
  option.asserts = terms.asserts;
  option.members = room_support(scenario, room, terms, options.support);
  option.support = best.totals;
  option.improves = better(best.totals, proposal_totals, objective);
  return option;
}

}  // namespace faultline
