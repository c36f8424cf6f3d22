#include "faultline/report/stress_json.hpp"

#include "faultline/report/json_number.hpp"

namespace faultline::report {

namespace {

nlohmann::ordered_json optional_date(const std::optional<Date>& date) {
  return date ? nlohmann::ordered_json(date->to_iso()) : nlohmann::ordered_json(nullptr);
}

nlohmann::ordered_json interval(const std::array<double, 2>& ci) {
  return {json_number(ci[0]), json_number(ci[1])};
}

nlohmann::ordered_json tie_json(const TieForecast& tie) {
  nlohmann::ordered_json first = nlohmann::ordered_json::object();
  nlohmann::ordered_json start_worth = nlohmann::ordered_json::object();
  nlohmann::ordered_json thresholds = nlohmann::ordered_json::object();
  for (std::size_t s = 0; s < 2; ++s) {
    first[tie.between[s]] = json_number(tie.first_to_leave[s]);
    start_worth[tie.between[s]] = json_number(tie.start_worth[s]);
    thresholds[tie.between[s]] = json_number(tie.threshold[s]);
  }
  nlohmann::ordered_json triggers = nlohmann::ordered_json::array();
  for (const TriggerShare& trigger : tie.triggers)
    triggers.push_back({{"what", trigger.what},
                        {"event", trigger.cause.empty() ? nlohmann::ordered_json(nullptr)
                                                        : nlohmann::ordered_json(trigger.cause)},
                        {"share", json_number(trigger.share)}});
  nlohmann::ordered_json survival = nlohmann::ordered_json::array();
  for (const SurvivalPoint& point : tie.survival)
    survival.push_back({{"t", point.t.to_iso()}, {"s", json_number(point.s)}});
  return {{"between", tie.between},
          {"p_fracture", json_number(tie.p_fracture)},
          {"ci95", interval(tie.ci95)},
          {"median_fracture", optional_date(tie.median_fracture)},
          {"observed_end", optional_date(tie.observed_end)},
          {"first_to_leave", std::move(first)},
          {"triggers", std::move(triggers)},
          {"start_worth", std::move(start_worth)},
          {"threshold", std::move(thresholds)},
          {"survival", std::move(survival)}};
}

}  // namespace

nlohmann::ordered_json to_json(const StressResult& result) {
  nlohmann::ordered_json ties = nlohmann::ordered_json::array();
  for (const TieForecast& tie : result.ties) ties.push_back(tie_json(tie));
  return {{"command", "stress"},
          {"scenario", result.scenario},
          {"title", result.title},
          {"runs", result.runs},
          {"seed", result.seed},
          {"start", result.start.to_iso()},
          {"horizon", result.horizon.to_iso()},
          {"as_of", optional_date(result.as_of)},
          {"step_days", json_number(result.step_days)},
          {"ties", std::move(ties)}};
}

nlohmann::ordered_json to_json(const BatteryResult& result) {
  nlohmann::ordered_json json = to_json(result.baseline);
  for (std::size_t i = 0; i < result.baseline.ties.size(); ++i) {
    nlohmann::ordered_json battery = nlohmann::ordered_json::array();
    const double baseline = result.baseline.ties[i].p_fracture;
    for (const PressureForecast& pressure : result.pressures) {
      const TieForecast& tie = pressure.result.ties[i];
      battery.push_back({{"pressure", pressure.id},
                         {"what", pressure.what},
                         {"standard", pressure.standard},
                         {"p_fracture", json_number(tie.p_fracture)},
                         {"ci95", interval(tie.ci95)},
                         {"change", json_number(tie.p_fracture - baseline)},
                         {"median_fracture", optional_date(tie.median_fracture)},
                         {"top_trigger", tie.triggers.empty() ? "" : tie.triggers.front().what}});
    }
    json["ties"][i]["battery"] = std::move(battery);
  }
  return json;
}

nlohmann::ordered_json to_json(const AsOfSeries& series) {
  nlohmann::ordered_json points = nlohmann::ordered_json::array();
  for (const AsOfPoint& point : series.points) {
    nlohmann::ordered_json ties = nlohmann::ordered_json::array();
    for (const AsOfTie& tie : point.ties) {
      nlohmann::ordered_json entry{
          {"between", tie.between},         {"p_fracture", json_number(tie.p_fracture)},
          {"ci95", interval(tie.ci95)},     {"median_fracture", optional_date(tie.median_fracture)},
          {"top_trigger", tie.top_trigger}, {"already_ended", tie.already_ended}};
      entry["broke"] = tie.broke ? nlohmann::ordered_json(*tie.broke) : nlohmann::ordered_json(nullptr);
      entry["brier"] =
          tie.brier ? nlohmann::ordered_json(json_number(*tie.brier)) : nlohmann::ordered_json(nullptr);
      ties.push_back(std::move(entry));
    }
    points.push_back({{"as_of", point.as_of.to_iso()}, {"ties", std::move(ties)}});
  }
  return {{"command", "stress-series"}, {"scenario", series.scenario},        {"runs", series.runs},
          {"seed", series.seed},        {"horizon", series.horizon.to_iso()}, {"points", std::move(points)}};
}

}  // namespace faultline::report
