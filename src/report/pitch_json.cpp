#include "faultline/report/pitch_json.hpp"

#include "faultline/analysis/pitch_words.hpp"
#include "faultline/report/json_number.hpp"

namespace faultline::report {

namespace {

using Json = nlohmann::ordered_json;

Json asserts_json(std::span<const Assertion> asserts) {
  Json json = Json::object();
  for (const Assertion& a : asserts) json[a.topic] = json_number(a.position);
  return json;
}

Json totals_json(const RoomTotals& totals) {
  return {{"weighted", json_number(totals.weighted)},
          {"minimum", json_number(totals.minimum)},
          {"total", json_number(totals.total)}};
}

Json topic_json(const TopicSupport& topic) {
  return {{"on", topic.topic},
          {"topic", std::string{to_string(topic.kind)}},
          {"position", json_number(topic.position)},
          {"salience", json_number(topic.salience)},
          {"asserted", json_number(topic.asserted)},
          {"agreement", json_number(topic.agreement)},
          {"gain", json_number(topic.gain)},
          {"loss", json_number(topic.loss)}};
}

Json member_json(const PitchMember& member, const Scenario& scenario) {
  const MemberSupport& support = member.support;
  Json topics = Json::array();
  for (const TopicSupport& topic : support.topics) topics.push_back(topic_json(topic));
  return {{"id", support.id},
          {"name", pitch_words::actor(scenario, support.id)},
          {"support", json_number(support.support)},
          {"from_values", json_number(support.from_values)},
          {"from_offers", json_number(support.from_offers)},
          {"losses", json_number(support.losses)},
          {"stance", std::string{to_string(support.stance)}},
          {"expected_support", json_number(member.expected_support)},
          {"kept_support", json_number(member.follow_up.kept)},
          {"follow_through", std::string{to_string(member.follow_up.outcome)}},
          {"follow_up",
           {{"offers_cut", json_number(member.follow_up.offers_cut)},
            {"costs_show", json_number(member.follow_up.costs_show)},
            {"push_back", json_number(member.follow_up.push_back)}}},
          {"topics", std::move(topics)}};
}

Json beliefs_evidence(const RoomBeliefs& beliefs) {
  Json topics = Json::array();
  for (const TopicReading& reading : beliefs.topics) {
    topics.push_back({{"on", reading.asserted.topic},
                      {"topic", std::string{to_string(reading.asserted.kind)}},
                      {"asserted", json_number(reading.asserted.position)},
                      {"room_position", json_number(reading.room_position)},
                      {"room_salience", json_number(reading.room_salience)},
                      {"agree", reading.agree},
                      {"disagree", reading.disagree}});
  }
  Json evidence{{"topics", std::move(topics)}, {"shift", nullptr}, {"misreading", nullptr}};
  if (const auto& s = beliefs.shift) {
    evidence["shift"] = {{"member", s->member},
                         {"on", s->topic},
                         {"topic", std::string{to_string(s->kind)}},
                         {"from", json_number(s->from)},
                         {"to", json_number(s->to)},
                         {"member_gain", json_number(s->member_gain)},
                         {"room_gain", json_number(s->room_gain)}};
  }
  if (const auto& m = beliefs.misreading) {
    evidence["misreading"] = {{"member", m->member},
                              {"on", m->topic},
                              {"topic", std::string{to_string(m->kind)}},
                              {"believed", json_number(m->believed)},
                              {"actual", json_number(m->actual)},
                              {"salience", json_number(m->salience)},
                              {"expected_support", json_number(m->expected_support)},
                              {"support", json_number(m->support)}};
  }
  return evidence;
}

Json unaddressed_evidence(const Unaddressed& unaddressed) {
  Json lines = Json::array();
  for (const UnaddressedFaultline& line : unaddressed.faultlines) {
    lines.push_back({{"on", line.topic},
                     {"topic", std::string{to_string(line.topic_kind)}},
                     {"between", line.between},
                     {"positions", {json_number(line.positions[0]), json_number(line.positions[1])}},
                     {"divergence", json_number(line.divergence)},
                     {"joint_salience", json_number(line.joint_salience)},
                     {"severity", json_number(line.severity)},
                     {"kind", std::string{to_string(line.kind)}}});
  }
  return {{"faultlines", std::move(lines)}};
}

Json loss_json(const PitchLoss& loss) {
  return {{"member", loss.member},
          {"on", loss.topic},
          {"topic", std::string{to_string(loss.kind)}},
          {"position", json_number(loss.position)},
          {"asserted", json_number(loss.asserted)},
          {"loss", json_number(loss.loss)},
          {"covered", loss.covered}};
}

Json risk_evidence(const EmotionalRisk& risk) {
  Json losses = Json::array();
  for (const PitchLoss& loss : risk.losses) losses.push_back(loss_json(loss));
  Json evidence{{"losses", std::move(losses)}, {"target", nullptr}};
  if (risk.target) {
    evidence["target"] = loss_json(*risk.target);
    evidence["assurance"] = {{"position", json_number(risk.assurance.position)},
                             {"price", json_number(risk.assurance.price)},
                             {"room_gain", json_number(risk.assurance.room_gain)}};
    evidence["offer"] = {{"value", json_number(risk.offer.value)},
                         {"cost", json_number(risk.offer.cost)},
                         {"room_gain", json_number(risk.offer.room_gain)}};
    evidence["advice"] = std::string{to_string(risk.advice)};
  }
  return evidence;
}

Json option_json(const ThirdOption& option) {
  Json members = Json::array();
  for (const MemberSupport& member : option.members) {
    members.push_back({{"id", member.id}, {"support", json_number(member.support)}});
  }
  return {{"objective", std::string{to_string(option.objective)}},
          {"asserts", asserts_json(option.asserts)},
          {"support", totals_json(option.support)},
          {"improves", option.improves},
          {"members", std::move(members)}};
}

Json false_choice_evidence(const FalseChoice& choice) {
  Json evidence{{"framed", choice.framed}, {"proposal_support", totals_json(choice.proposal_support)}};
  if (!choice.framed) return evidence;
  Json members = Json::array();
  for (const MemberSupport& member : choice.against_members) {
    members.push_back({{"id", member.id}, {"support", json_number(member.support)}});
  }
  evidence["against"] = {{"title", choice.against_title},
                         {"asserts", asserts_json(choice.against)},
                         {"support", totals_json(choice.against_support)},
                         {"members", std::move(members)}};
  evidence["weighted"] = option_json(*choice.weighted);
  evidence["maximin"] = option_json(*choice.maximin);
  return evidence;
}

Json optional_number(const std::optional<double>& value) {
  return value ? Json(json_number(*value)) : Json(nullptr);
}

Json future_evidence(const SharedFuture& future) {
  Json dimensions = Json::array();
  for (const SharedDimension& d : future.dimensions) {
    Json entry = Json::object();
    entry["on"] = d.dimension;
    entry["room_position"] = json_number(d.room_position);
    entry["spread"] = json_number(d.spread);
    entry["room_salience"] = json_number(d.room_salience);
    entry["proposer_position"] = optional_number(d.proposer_position);
    entry["proposer_shares"] = d.proposer_shares;
    entry["asserted"] = optional_number(d.asserted);
    entry["proposal_opposes"] = d.proposal_opposes;
    dimensions.push_back(std::move(entry));
  }
  return {{"dimensions", std::move(dimensions)}};
}

Json question_json(int n, const std::string& answer, Json evidence) {
  return {{"n", n},
          {"question", std::string{clarity_question(n)}},
          {"answer", answer},
          {"evidence", std::move(evidence)}};
}

// The headline third option of DESIGN.md §6: the weighted search's, with the maximin one beside it.
Json third_option_json(const FalseChoice& choice) {
  if (!choice.framed) return nullptr;
  return {{"asserts", asserts_json(choice.weighted->asserts)},
          {"support", json_number(choice.weighted->support.weighted)},
          {"proposal_support", json_number(choice.proposal_support.weighted)},
          {"against_support", json_number(choice.against_support.weighted)},
          {"improves", choice.weighted->improves},
          {"maximin",
           {{"asserts", asserts_json(choice.maximin->asserts)},
            {"min_support", json_number(choice.maximin->support.minimum)},
            {"proposal_min_support", json_number(choice.proposal_support.minimum)},
            {"improves", choice.maximin->improves}}}};
}

Json options_json(const PitchOptions& options) {
  return {{"loss_aversion", options.support.loss_aversion},
          {"stances",
           {{"champion", options.support.champion},
            {"supporter", options.support.supporter},
            {"tolerant", options.support.tolerant},
            {"sceptic", options.support.sceptic}}},
          {"follow_up",
           {{"offer_cut", options.follow_up.offer_cut},
            {"cost_salience", options.follow_up.cost_salience},
            {"push_back", options.follow_up.push_back},
            {"default_trust", options.follow_up.default_trust}}},
          {"max_shift", options.max_shift},
          {"grid_step", options.grid_step},
          {"active_salience", options.alignment.active_salience},
          {"min_severity", options.alignment.min_severity},
          {"shared_spread", options.shared_spread},
          {"shared_salience", options.shared_salience}};
}

}  // namespace

nlohmann::ordered_json to_json(const PitchResult& result, const Scenario& scenario) {
  Json offers = Json::array();
  for (const Flow& offer : result.terms.offers) {
    offers.push_back({{"to", offer.to},
                      {"what", offer.what},
                      {"value", json_number(offer.value.value)},
                      {"cost", json_number(offer.cost.value)}});
  }
  Json members = Json::array();
  for (const PitchMember& member : result.members) members.push_back(member_json(member, scenario));
  Json questions = Json::array();
  questions.push_back(question_json(1, result.beliefs.answer, beliefs_evidence(result.beliefs)));
  questions.push_back(question_json(2, result.unaddressed.answer, unaddressed_evidence(result.unaddressed)));
  questions.push_back(question_json(3, result.risk.answer, risk_evidence(result.risk)));
  questions.push_back(
      question_json(4, result.false_choice.answer, false_choice_evidence(result.false_choice)));
  questions.push_back(question_json(5, result.future.answer, future_evidence(result.future)));
  return {{"command", "pitch"},
          {"scenario", result.scenario},
          {"title", result.title},
          {"proposal", result.proposal},
          {"proposal_title", result.proposal_title},
          {"by", result.by},
          {"room", result.room},
          {"asserts", asserts_json(result.terms.asserts)},
          {"offers", std::move(offers)},
          {"members", std::move(members)},
          {"support", totals_json(result.support)},
          {"kept_support", totals_json(result.kept_support)},
          {"missionary_share", json_number(result.missionary_share)},
          {"sceptic", result.sceptic},
          {"summary", result.summary},
          {"questions", std::move(questions)},
          {"third_option", third_option_json(result.false_choice)},
          {"options", options_json(result.options)}};
}

}  // namespace faultline::report
