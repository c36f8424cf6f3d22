#include "faultline/analysis/pitch_risk.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "faultline/analysis/pitch_words.hpp"

namespace faultline {

std::string_view to_string(Remedy remedy) noexcept {
  return remedy == Remedy::assurance ? "assurance" : "offer";
}

namespace {

std::vector<PitchLoss> losses_of(std::span<const MemberSupport> today) {
  std::vector<PitchLoss> losses;
  for (const MemberSupport& member : today) {
    for (const TopicSupport& topic : member.topics) {
      if (topic.loss <= 0.0) continue;
      losses.push_back({.member = member.id,
                        .kind = topic.kind,
                        .topic = topic.topic,
                        .position = topic.position,
                        .asserted = topic.asserted,
                        .loss = topic.loss,
                        .covered = member.from_offers >= member.losses});
    }
  }
  std::stable_sort(losses.begin(), losses.end(),
                   [](const PitchLoss& x, const PitchLoss& y) { return x.loss > y.loss; });
  return losses;
}

// What the proposer pays per unit of value it gives, from its existing offers; 1 when it makes none.
double cost_ratio(const PitchTerms& terms) {
  double value = 0.0;
  double cost = 0.0;
  for (const Flow& offer : terms.offers) {
    value += offer.value.value;
    cost += offer.cost.value;
  }
  return value > 0.0 ? cost / value : 1.0;
}

std::size_t index_of(std::span<const MemberSupport> today, const std::string& id) {
  return static_cast<std::size_t>(
      std::find_if(today.begin(), today.end(), [&](const MemberSupport& m) { return m.id == id; }) -
      today.begin());
}

Assurance price_assurance(const Scenario& scenario, std::span<const std::string> room,
                          const PitchTerms& terms, std::span<const MemberSupport> today,
                          const PitchLoss& target, const PitchOptions& options) {
  Assurance assurance;
  // One unit from the member's position, on the proposal's side of it: agreement 0, so no loss remains.
  assurance.position = target.position + (target.asserted > target.position ? 1.0 : -1.0);
  PitchTerms softened = terms;
  for (Assertion& a : softened.asserts) {
    if (a.topic == target.topic) a.position = assurance.position;
  }
  const auto after = room_support(scenario, room, softened, options.support);
  double others_change = 0.0;
  const std::size_t target_index = index_of(today, target.member);
  for (std::size_t i = 0; i < today.size(); ++i) {
    if (i != target_index) others_change += after[i].support - today[i].support;
  }
  assurance.price = std::max(0.0, -others_change);
  assurance.room_gain = room_totals(scenario, after).weighted - room_totals(scenario, today).weighted;
  return assurance;
}

RemedyOffer price_offer(const Scenario& scenario, std::span<const MemberSupport> today,
                        const PitchTerms& terms, const PitchLoss& target) {
  const MemberSupport& member = today[index_of(today, target.member)];
  RemedyOffer offer;
  offer.value = std::min(target.loss, member.losses - member.from_offers);
  offer.cost = offer.value * cost_ratio(terms);
  // Only the target's support changes: by the value it receives.
  double capability = 0.0;
  for (const MemberSupport& m : today)
    capability += actor_or_throw(scenario, m.id, "room member").capability.value;
  const double weight = actor_or_throw(scenario, target.member, "room member").capability.value;
  offer.room_gain =
      capability > 0.0 ? offer.value * weight / capability : offer.value / static_cast<double>(today.size());
  return offer;
}

std::string write_answer(const Scenario& scenario, const std::string& proposer, const EmotionalRisk& risk) {
  using pitch_words::signed_number;
  if (risk.losses.empty())
    return "None: the proposal asks no one in the room to move against what they hold.";
  std::string answer = "Who loses: ";
  const std::size_t listed = std::min<std::size_t>(risk.losses.size(), 3);
  for (std::size_t i = 0; i < listed; ++i) {
    const PitchLoss& loss = risk.losses[i];
    if (i > 0) answer += "; ";
    answer += fmt::format("{} on {} (holds {}, asked for {}: loss {:.2f}{})",
                          pitch_words::actor(scenario, loss.member),
                          pitch_words::topic(scenario, loss.kind, loss.topic), signed_number(loss.position),
                          signed_number(loss.asserted), loss.loss, loss.covered ? ", covered by offers" : "");
  }
  answer += ". ";
  if (!risk.target) return answer + "Every loss is already covered by what the proposal offers.";
  const PitchLoss& t = *risk.target;
  const std::string who = pitch_words::actor(scenario, t.member);
  const std::string what = pitch_words::topic(scenario, t.kind, t.topic);
  const std::string pole = pitch_words::pole(scenario, t.kind, t.topic, risk.assurance.position);
  if (risk.advice == Remedy::assurance) {
    answer += fmt::format(
        "De-risk the largest uncovered loss ({} on {}) with an assurance: commit to {} on {} ({}) instead of "
        "{}. It removes the loss, costs the rest of the room {:.2f} support and moves the room's support by "
        "{}; "
        "an offer worth {:.2f} to {} would cost {} {:.2f}.",
        who, what, signed_number(risk.assurance.position), what, pole, signed_number(t.asserted),
        risk.assurance.price, signed_number(risk.assurance.room_gain), risk.offer.value, who,
        pitch_words::actor(scenario, proposer), risk.offer.cost);
  } else {
    answer += fmt::format(
        "De-risk the largest uncovered loss ({} on {}) with an offer: give {} something worth {:.2f}; it "
        "costs "
        "{} {:.2f} and moves the room's support by {}. Softening {} to {} ({}) would cost the rest of the "
        "room "
        "{:.2f} support.",
        who, what, who, risk.offer.value, pitch_words::actor(scenario, proposer), risk.offer.cost,
        signed_number(risk.offer.room_gain), what, signed_number(risk.assurance.position), pole,
        risk.assurance.price);
  }
  return answer;
}

}  // namespace

EmotionalRisk assess_emotional_risk(const Scenario& scenario, std::span<const std::string> room,
                                    const std::string& proposer, const PitchTerms& terms,
                                    std::span<const MemberSupport> today, const PitchOptions& options) {
  EmotionalRisk risk;
  risk.losses = losses_of(today);
  const auto uncovered = std::find_if(risk.losses.begin(), risk.losses.end(),
                                      [](const PitchLoss& loss) { return !loss.covered; });
  if (uncovered != risk.losses.end()) {
    risk.target = *uncovered;
    risk.assurance = price_assurance(scenario, room, terms, today, *risk.target, options);
    risk.offer = price_offer(scenario, today, terms, *risk.target);
    risk.advice = risk.assurance.price <= risk.offer.cost ? Remedy::assurance : Remedy::offer;
  }
  risk.answer = write_answer(scenario, proposer, risk);
  return risk;
}

}  // namespace faultline
