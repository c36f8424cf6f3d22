#pragma once
// What each route of the JSON API does (docs/api.md), apart from HTTP: a request body in, a Result's JSON out
// — the same JSON the CLI's `--json` prints, from the same report::to_json functions. Edits in a body change
// the scenario's text (server/scenario_edit.hpp), which is then read and validated like a file before
// anything is analysed or saved. No analysis logic here. Failures are ApiErrors: 400 for a malformed body or
// edit, 404 for an unknown scenario, 422 with the diagnostics for an edit that makes the scenario invalid.

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <string_view>

#include "faultline/model/scenario.hpp"
#include "server/scenario_store.hpp"
#include "server/stress_jobs.hpp"

namespace faultline::server {

struct ApiLimits {
  std::uint64_t max_runs = 200'000;  // per stress test
  int stress_threads = 1;            // changes the speed, never the result
};

class ScenarioApi {
 public:
  ScenarioApi(ScenarioStore& store, StressJobs& jobs, ApiLimits limits)
      : store_(store), jobs_(jobs), limits_(limits) {}

  // {"directory", "scenarios": [{"name", "id", "title"} or {"name", "error"}]}
  [[nodiscard]] nlohmann::ordered_json list() const;
  // {"name", "id", "title", "actors", "ties", "fields"} (server/editable_fields.hpp)
  [[nodiscard]] nlohmann::ordered_json open(std::string_view name) const;
  // `analyze --json` of the edited scenario; body {"edits", "as_of"}.
  [[nodiscard]] nlohmann::ordered_json analyze(std::string_view name, std::string_view body) const;
  // The HTML report's sections for the edited scenario; body {"edits", "as_of"}.
  [[nodiscard]] std::string report(std::string_view name, std::string_view body) const;
  // Starts `stress --json` (with `--battery` when asked) on the edited scenario; body {"edits", "runs",
  // "seed", "horizon", "as_of", "battery"}. {"job": id}: poll it with `job`.
  [[nodiscard]] nlohmann::ordered_json start_stress(std::string_view name, std::string_view body);
  [[nodiscard]] nlohmann::ordered_json job(std::string_view id) const;
  // Applies the edits to the file and saves it atomically (the previous version kept as FILE.bak).
  [[nodiscard]] nlohmann::ordered_json save(std::string_view name, std::string_view body);

 private:
  // The scenario `name` with the body's edits applied, read and validated.
  [[nodiscard]] Scenario edited_scenario(std::string_view name, const nlohmann::json& request) const;

  ScenarioStore& store_;
  StressJobs& jobs_;
  ApiLimits limits_;
};

// The body as JSON (an empty body is `{}`); ApiError 400 naming the problem when it is not a JSON object.
[[nodiscard]] nlohmann::json parse_body(std::string_view body);

}  // namespace faultline::server
