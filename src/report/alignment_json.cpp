#include "faultline/report/alignment_json.hpp"

#include "faultline/report/json_number.hpp"

namespace faultline::report {

namespace {

nlohmann::ordered_json basis_json(const Basis& basis) {
  return {{"values", json_number(basis.values)},
          {"exchange", json_number(basis.exchange)},
          {"threat", json_number(basis.threat)},
          {"power", json_number(basis.power)}};
}

nlohmann::ordered_json side_json(const SideAlignment& side) {
  return {{"partner", side.partner},
          {"value_agreement", json_number(side.value_agreement)},
          {"perceived_value_agreement", json_number(side.perceived_value_agreement)},
          {"projection_gap", json_number(side.projection_gap)},
          {"issue_agreement", json_number(side.issue_agreement)},
          {"perceived_issue_agreement", json_number(side.perceived_issue_agreement)},
          {"exchange", json_number(side.exchange)},
          {"common_threat", json_number(side.common_threat)},
          {"power_asymmetry", json_number(side.power_asymmetry)},
          {"issue_cost", json_number(side.issue_cost)},
          {"worth", json_number(side.worth)},
          {"revealed_worth", json_number(side.revealed_worth)},
          {"threshold", json_number(side.threshold)},
          {"basis", basis_json(side.basis)},
          {"perceived_basis", basis_json(side.perceived_basis)}};
}

nlohmann::ordered_json faultline_json(const Faultline& line) {
  nlohmann::ordered_json json{{"on", line.on},
                              {"topic", std::string{to_string(line.topic_kind)}},
                              {"kind", std::string{to_string(line.kind)}}};
  if (!line.holder.empty()) json["holder"] = line.holder;
  json["divergence"] = json_number(line.divergence);
  json["joint_salience"] = json_number(line.joint_salience);
  json["severity"] = json_number(line.severity);
  json["positions"] = {json_number(line.positions[0]), json_number(line.positions[1])};
  return json;
}

nlohmann::ordered_json options_json(const AlignmentOptions& options) {
  return {{"values_weight", options.values_weight},     {"threat_weight", options.threat_weight},
          {"issue_weight", options.issue_weight},       {"power_weight", options.power_weight},
          {"active_salience", options.active_salience}, {"min_severity", options.min_severity},
          {"aligned_share", options.aligned_share},     {"power_asymmetry", options.power_asymmetry}};
}

}  // namespace

nlohmann::ordered_json to_json(const AlignmentResult& result) {
  nlohmann::ordered_json ties = nlohmann::ordered_json::array();
  for (const TieAlignment& tie : result.ties) {
    nlohmann::ordered_json sides = nlohmann::ordered_json::object();
    for (const SideAlignment& side : tie.sides) sides[side.actor] = side_json(side);
    nlohmann::ordered_json faultlines = nlohmann::ordered_json::array();
    for (const Faultline& line : tie.faultlines) faultlines.push_back(faultline_json(line));
    ties.push_back({{"between", tie.between},
                    {"classification", std::string{to_string(tie.classification)}},
                    {"reason", tie.reason},
                    {"sides", std::move(sides)},
                    {"faultlines", std::move(faultlines)}});
  }
  return {{"command", "analyze"},
          {"scenario", result.scenario},
          {"title", result.title},
          {"as_of", result.as_of},
          {"options", options_json(result.options)},
          {"ties", std::move(ties)}};
}

}  // namespace faultline::report
