#include "server/scenario_api.hpp"

#include "faultline/analysis/alignment.hpp"
#include "faultline/analysis/stress.hpp"
#include "faultline/analysis/stress_battery.hpp"
#include "faultline/analysis/timeline.hpp"
#include "faultline/io/scenario_reader.hpp"
#include "faultline/model/error.hpp"
#include "faultline/report/alignment_json.hpp"
#include "faultline/report/html_report.hpp"
#include "faultline/report/stress_json.hpp"
#include "server/api_error.hpp"
#include "server/editable_fields.hpp"
#include "server/scenario_edit.hpp"

namespace faultline::server {
namespace {

nlohmann::json diagnostics_json(const InputError& error) {
  nlohmann::json diagnostics = nlohmann::json::array();
  for (const Diagnostic& diagnostic : error.diagnostics()) {
    diagnostics.push_back({{"file", diagnostic.file},
                           {"line", diagnostic.line},
                           {"column", diagnostic.column},
                           {"path", diagnostic.path},
                           {"message", diagnostic.message},
                           {"text", diagnostic.to_string()}});
  }
  return diagnostics;
}

ApiError invalid_scenario(const InputError& error) {
  return ApiError(422, "the scenario is invalid: " + error.diagnostics().front().to_string(),
                  diagnostics_json(error));
}

Scenario parse_text(std::string_view text, std::string_view name) {
  try {
    return io::parse_scenario(text, io::scenario_format_of(std::string{name}), name);
  } catch (const InputError& error) {
    throw invalid_scenario(error);
  }
}

// The scenario's text with the request's edits applied.
std::string edited_text(const std::string& text, std::string_view name, const nlohmann::json& request) {
  try {
    return ScenarioText{text, name}.with_edits(edits_from_json(request));
  } catch (const EditError& error) {
    throw ApiError(400, error.what());
  } catch (const InputError& error) {
    throw invalid_scenario(error);
  }
}

std::optional<std::string> string_field(const nlohmann::json& request, const char* key) {
  const auto found = request.find(key);
  if (found == request.end() || found->is_null()) return std::nullopt;
  if (!found->is_string()) throw ApiError(400, std::string{"'"} + key + "' must be a string");
  return found->get<std::string>();
}

std::optional<Date> date_field(const nlohmann::json& request, const char* key) {
  const auto text = string_field(request, key);
  if (!text) return std::nullopt;
  if (auto date = Date::from_iso(*text)) return date;
  throw ApiError(400, std::string{"'"} + key + "' must be a date YYYY-MM-DD, got '" + *text + "'");
}

// The scenario as of the request's `as_of` (the events up to it applied) and its alignment, as `analyze
// --as-of` computes them; both the JSON and the report routes show this.
struct AnalysedState {
  Scenario state;
  AlignmentResult alignment;
};

AnalysedState analysed_as_of(Scenario scenario, const nlohmann::json& request) {
  const auto as_of = date_field(request, "as_of");
  if (as_of) scenario = state_as_of(scenario, *as_of);
  AnalysedState analysed{std::move(scenario), {}};
  analysed.alignment = analyze_alignment(analysed.state, AlignmentOptions{});
  if (as_of) analysed.alignment.as_of = as_of->to_iso();
  return analysed;
}

std::uint64_t count_field(const nlohmann::json& request, const char* key, std::uint64_t fallback,
                          std::uint64_t minimum, std::uint64_t maximum) {
  const auto found = request.find(key);
  if (found == request.end() || found->is_null()) return fallback;
  if (!found->is_number_unsigned() || found->get<std::uint64_t>() < minimum ||
      found->get<std::uint64_t>() > maximum) {
    throw ApiError(400, std::string{"'"} + key + "' must be a whole number from " + std::to_string(minimum) +
                            " to " + std::to_string(maximum));
  }
  return found->get<std::uint64_t>();
}

bool flag_field(const nlohmann::json& request, const char* key) {
  const auto found = request.find(key);
  if (found == request.end() || found->is_null()) return false;
  if (!found->is_boolean()) throw ApiError(400, std::string{"'"} + key + "' must be true or false");
  return found->get<bool>();
}

nlohmann::json names_json(const std::array<std::string, 2>& pair) {
  return {pair[0], pair[1]};
}

}  // namespace

nlohmann::json parse_body(std::string_view body) {
  if (body.find_first_not_of(" \t\r\n") == std::string_view::npos) return nlohmann::json::object();
  nlohmann::json request;
  try {
    request = nlohmann::json::parse(body);
  } catch (const nlohmann::json::parse_error& error) {
    throw ApiError(400, std::string{"malformed JSON in the request body: "} + error.what());
  }
  if (!request.is_object()) throw ApiError(400, "the request body must be a JSON object");
  return request;
}

Scenario ScenarioApi::edited_scenario(std::string_view name, const nlohmann::json& request) const {
  const std::string text = store_.read(name);
  return parse_text(edited_text(text, name, request), name);
}

nlohmann::ordered_json ScenarioApi::list() const {
  nlohmann::ordered_json scenarios = nlohmann::ordered_json::array();
  for (const std::string& name : store_.names()) {
    try {
      const Scenario scenario = parse_text(store_.read(name), name);
      scenarios.push_back({{"name", name}, {"id", scenario.id}, {"title", scenario.title}});
    } catch (const ApiError& error) {
      scenarios.push_back({{"name", name}, {"error", error.what()}});
    }
  }
  return {{"directory", store_.directory().filename().string()}, {"scenarios", scenarios}};
}

nlohmann::ordered_json ScenarioApi::open(std::string_view name) const {
  const std::string text = store_.read(name);
  const Scenario scenario = parse_text(text, name);
  nlohmann::ordered_json actors = nlohmann::ordered_json::array();
  for (const Actor& actor : scenario.actors) actors.push_back({{"id", actor.id}, {"name", actor.name}});
  nlohmann::ordered_json ties = nlohmann::ordered_json::array();
  for (const Tie& tie : scenario.ties) ties.push_back({{"between", names_json(tie.between)}});
  return {{"name", std::string{name}},
          {"id", scenario.id},
          {"title", scenario.title},
          {"start", scenario.time.start.to_iso()},
          {"end", scenario.time.end.to_iso()},
          {"actors", actors},
          {"ties", ties},
          {"fields", editable_fields(scenario, text, name)}};
}

nlohmann::ordered_json ScenarioApi::analyze(std::string_view name, std::string_view body) const {
  const nlohmann::json request = parse_body(body);
  return report::to_json(analysed_as_of(edited_scenario(name, request), request).alignment);
}

std::string ScenarioApi::report(std::string_view name, std::string_view body) const {
  const nlohmann::json request = parse_body(body);
  const AnalysedState analysed = analysed_as_of(edited_scenario(name, request), request);
  return report::html_report_sections({.scenario = &analysed.state, .alignment = &analysed.alignment});
}

nlohmann::ordered_json ScenarioApi::start_stress(std::string_view name, std::string_view body) {
  const nlohmann::json request = parse_body(body);
  Scenario scenario = edited_scenario(name, request);  // invalid input fails now, not in the job
  StressOptions options;
  options.runs = count_field(request, "runs", options.runs, 1, limits_.max_runs);
  options.seed = count_field(request, "seed", options.seed, 0, UINT64_MAX);
  options.threads = limits_.stress_threads;
  options.horizon = date_field(request, "horizon");
  options.as_of = date_field(request, "as_of");
  const bool battery = flag_field(request, "battery");
  const bool html = flag_field(request, "html");
  const std::string id =
      jobs_.start([scenario = std::move(scenario), options, battery, html](const ProgressFunction& progress) {
        BatteryResult result;
        if (battery) {
          result = run_stress_battery(scenario, options, progress);
        } else {
          result.baseline = run_stress(scenario, options, progress);
        }
        StressJobs::Outcome outcome{battery ? report::to_json(result) : report::to_json(result.baseline), {}};
        if (html) {  // the report's sections with the forecast, for the page
          const Scenario start = forecast_state(scenario, options);
          const AlignmentResult alignment = analyze_alignment(start, options.alignment);
          outcome.html =
              report::html_report_sections({.scenario = &start, .alignment = &alignment, .battery = &result});
        }
        return outcome;
      });
  return {{"job", id}};
}

nlohmann::ordered_json ScenarioApi::job(std::string_view id) const {
  return jobs_.status(id);
}

nlohmann::ordered_json ScenarioApi::save(std::string_view name, std::string_view body) {
  const nlohmann::json request = parse_body(body);
  // One save of a file at a time, from reading it to replacing it, so concurrent edits all land.
  (void)store_.path_of(name);  // an unknown name fails before it gets a lock
  const auto held = store_.lock(name);
  const std::string text = edited_text(store_.read(name), name, request);
  (void)parse_text(text, name);  // never save a scenario that does not read back
  store_.save(name, text);
  return {{"saved", std::string{name}}, {"backup", std::string{name} + ".bak"}, {"bytes", text.size()}};
}

}  // namespace faultline::server
