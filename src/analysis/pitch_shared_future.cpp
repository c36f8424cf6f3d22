#include "faultline/analysis/pitch_shared_future.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "faultline/analysis/pitch_words.hpp"

namespace faultline {

namespace {

std::optional<SharedDimension> shared_dimension(const Scenario& scenario, std::span<const std::string> room,
                                                const Actor& proposer, const Dimension& dimension,
                                                const PitchTerms& terms, const PitchOptions& options) {
  std::vector<double> positions;
  double salience = 0.0;
  for (const std::string& id : room) {
    const Actor& member = actor_or_throw(scenario, id, "room member");
    const auto held = member.values.find(dimension.id);
    if (held == member.values.end()) return std::nullopt;  // shared means everyone holds it
    positions.push_back(held->second.position.value);
    salience += held->second.salience.value;
  }
  if (positions.empty()) return std::nullopt;
  const auto [low, high] = std::minmax_element(positions.begin(), positions.end());
  SharedDimension shared;
  shared.dimension = dimension.id;
  shared.spread = *high - *low;
  shared.room_salience = salience / static_cast<double>(positions.size());
  double sum = 0.0;
  for (double x : positions) sum += x;
  shared.room_position = sum / static_cast<double>(positions.size());
  if (shared.spread > options.shared_spread || shared.room_salience < options.shared_salience)
    return std::nullopt;
  if (const auto held = proposer.values.find(dimension.id); held != proposer.values.end()) {
    shared.proposer_position = held->second.position.value;
    shared.proposer_shares =
        std::abs(*shared.proposer_position - shared.room_position) <= options.shared_spread;
  }
  for (const Assertion& a : terms.asserts) {
    if (a.topic != dimension.id) continue;
    shared.asserted = a.position;
    shared.proposal_opposes = std::abs(a.position - shared.room_position) > options.shared_spread;
  }
  return shared;
}

std::string write_answer(const Scenario& scenario, const std::string& proposer, const SharedFuture& future,
                         double missionary_share) {
  using pitch_words::signed_number;
  if (future.dimensions.empty()) {
    return fmt::format(
        "None: the room converges on no dimension of values, so any yes will be transactional (the pitch's "
        "missionary share is {:.0f}%). Pitch the exchange honestly and secure it in writing.",
        100.0 * missionary_share);
  }
  const auto label = [&](const SharedDimension& d) {
    return pitch_words::topic(scenario, TopicKind::dimension, d.dimension);
  };
  const auto describe = [&](const SharedDimension& d) {
    return fmt::format("{} (room {}, {}; spread {:.2f}, salience {:.2f})", label(d),
                       signed_number(d.room_position),
                       pitch_words::leaning(scenario, TopicKind::dimension, d.dimension, d.room_position),
                       d.spread, d.room_salience);
  };
  constexpr std::size_t listed = 3;
  std::string answer = "The room already converges on ";
  const std::size_t shown = std::min(listed, future.dimensions.size());
  for (std::size_t i = 0; i < shown; ++i) {
    if (i > 0) answer += i + 1 == shown && shown == future.dimensions.size() ? " and " : ", ";
    answer += describe(future.dimensions[i]);
  }
  if (future.dimensions.size() > shown) {
    answer += fmt::format(" and {} more", future.dimensions.size() - shown);
  }
  answer += ". ";
  const std::string you = pitch_words::actor(scenario, proposer);
  const auto shares = [](const SharedDimension& d) { return d.proposer_shares; };
  const auto built_on = std::find_if(future.dimensions.begin(), future.dimensions.end(),
                                     [&](const SharedDimension& d) { return shares(d) && d.asserted; });
  const auto unspoken = std::find_if(future.dimensions.begin(), future.dimensions.end(), shares);
  if (unspoken == future.dimensions.end()) {
    answer += fmt::format(
        "{} stands on none of them: the future the room shares is not the one pitched, so a yes will be "
        "transactional.",
        you);
  } else if (built_on != future.dimensions.end()) {
    answer += fmt::format("The proposal builds on {}, where {} stands at {}: lead with it.", label(*built_on),
                          you, signed_number(*built_on->proposer_position));
  } else {
    answer += fmt::format(
        "{} stands there too on {} ({}), but the proposal never says so: invite the room into that future "
        "first.",
        you, label(*unspoken), signed_number(*unspoken->proposer_position));
  }
  for (const SharedDimension& d : future.dimensions) {
    if (!d.proposal_opposes) continue;
    answer += fmt::format(
        " Beware {}: the proposal asserts {} against the room's shared {}, inviting it into a future it does "
        "not "
        "share.",
        label(d), signed_number(*d.asserted), signed_number(d.room_position));
  }
  return answer;
}

}  // namespace

SharedFuture find_shared_future(const Scenario& scenario, std::span<const std::string> room,
                                const std::string& proposer, const PitchTerms& terms, double missionary_share,
                                const PitchOptions& options) {
  SharedFuture future;
  const Actor& pitcher = actor_or_throw(scenario, proposer, "proposer");
  for (const Dimension& dimension : scenario.dimensions) {
    if (auto shared = shared_dimension(scenario, room, pitcher, dimension, terms, options)) {
      future.dimensions.push_back(std::move(*shared));
    }
  }
  std::stable_sort(
      future.dimensions.begin(), future.dimensions.end(),
      [](const SharedDimension& x, const SharedDimension& y) { return x.room_salience > y.room_salience; });
  future.answer = write_answer(scenario, proposer, future, missionary_share);
  return future;
}

}  // namespace faultline
