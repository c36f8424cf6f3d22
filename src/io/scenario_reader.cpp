#include "faultline/io/scenario_reader.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <iterator>

#include "faultline/io/declared_ids.hpp"
#include "faultline/io/field_set.hpp"
#include "faultline/io/json_escapes.hpp"
#include "faultline/io/json_syntax.hpp"
#include "faultline/io/scenario_sections.hpp"
#include "faultline/io/value_readers.hpp"
#include "faultline/io/yaml_document.hpp"
#include "faultline/model/error.hpp"

namespace faultline::io {

namespace {

constexpr int supported_format = 1;

void read_format(const FieldSet& fields, Scenario& scenario) {
  const auto written = fields.required("faultline");
  if (!written) return;
  const auto version =
      written->is_scalar() && !written->is_quoted() ? parse_number(written->scalar()) : std::nullopt;
  if (!version) {
    written->report("expected the format version " + std::to_string(supported_format) + ", got " +
                    written->description());
  } else if (*version != supported_format) {
    written->report("unsupported format version " + written->scalar() + "; this build reads version " +
                    std::to_string(supported_format));
  } else {
    scenario.format = supported_format;
  }
}

// Sections are read in dependency order, whatever their order in the file: defaults (the sd of every later
// bare number) and time first, then topics and actors, then ties (which effects refer to), then the rest.
void read_sections(const LocatedNode& root, std::string_view file_name, Scenario& scenario) {
  if (root.is_null()) {
    root.report("empty scenario: expected a mapping with faultline: 1, time, actors, ...");
    return;
  }
  const FieldSet fields{root,
                        "a scenario mapping (faultline: 1, time, actors, ...)",
                        {"faultline", "id", "title", "time", "defaults", "dimensions", "issues", "actors",
                         "ties", "relations", "events", "proposals", "pressures", "sources"}};
  if (!fields.is_mapping()) return;
  read_format(fields, scenario);
  scenario.id = std::filesystem::path{file_name}.stem().string();
  if (auto written = fields.optional("id")) scenario.id = read_id(*written).value_or(scenario.id);
  if (auto written = fields.optional("title")) scenario.title = read_text(*written).value_or("");
  if (auto written = fields.optional("defaults")) scenario.defaults = read_defaults(*written);

  std::optional<TimeRange> time;
  if (auto written = fields.required("time")) time = read_time(*written);
  if (time) scenario.time = *time;

  IdDefinitions topic_ids;
  if (auto written = fields.optional("dimensions")) {
    scenario.dimensions = read_topics(*written, TopicKind::dimension, topic_ids);
  }
  if (auto written = fields.optional("issues"))
    scenario.issues = read_topics(*written, TopicKind::issue, topic_ids);

  const DeclaredIds declared = DeclaredIds::collect(root.node());
  const SectionContext context{declared, scenario, time};
  const auto actors = fields.optional("actors");
  if (actors) scenario.actors = read_actors(*actors, context);
  if (!actors || (actors->is_null() || (actors->is_sequence() && actors->node().size() == 0))) {
    (actors ? *actors : root).report("a scenario needs at least one actor");
  }
  if (auto written = fields.optional("ties")) scenario.ties = read_ties(*written, context);
  if (auto written = fields.optional("relations")) scenario.relations = read_relations(*written, context);
  if (auto written = fields.optional("events")) scenario.events = read_events(*written, context);
  if (auto written = fields.optional("proposals")) scenario.proposals = read_proposals(*written, context);
  if (auto written = fields.optional("pressures")) scenario.pressures = read_pressures(*written, context);
  if (auto written = fields.optional("sources")) scenario.sources = read_sources(*written);
}

Scenario read_document(const YAML::Node& document, std::string_view file_name) {
  DiagnosticSink sink{std::string{file_name}};
  ReadContext context{sink};
  Scenario scenario;
  try {
    read_sections(LocatedNode{document, context}, file_name, scenario);
  } catch (const ReadingAbandoned&) {
    // The sink holds the reason; what was found so far is reported below.
  }
  sink.finish();
  return scenario;
}

std::string lowercase(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

}  // namespace

ScenarioFormat scenario_format_of(const std::filesystem::path& path) {
  const std::string extension = lowercase(path.extension().string());
  if (extension == ".yaml" || extension == ".yml") return ScenarioFormat::yaml;
  if (extension == ".json") return ScenarioFormat::json;
  const std::string found = extension.empty() ? "(no extension)" : "'" + extension + "'";
  throw InputError(Diagnostic{path.string(), 0, 0, "",
                              "unknown scenario format " + found + ": expected .yaml, .yml or .json"});
}

Scenario read_scenario_file(const std::filesystem::path& path) {
  const ScenarioFormat format = scenario_format_of(path);
  std::error_code error;
  const auto size = std::filesystem::file_size(path, error);
  if (error)
    throw InputError(Diagnostic{path.string(), 0, 0, "", "cannot read the file: " + error.message()});
  check_scenario_size(size, path.string());
  std::ifstream in{path, std::ios::binary};
  const std::string text{std::istreambuf_iterator<char>{in}, std::istreambuf_iterator<char>{}};
  if (!in && !in.eof()) throw InputError(Diagnostic{path.string(), 0, 0, "", "cannot read the file"});
  return parse_scenario(text, format, path.string());
}

Scenario parse_scenario(std::string_view text, ScenarioFormat format, std::string_view file_name) {
  try {
    check_scenario_size(text.size(), file_name);
    if (format == ScenarioFormat::yaml) return read_document(load_yaml_document(text, file_name), file_name);
    if (auto syntax_error = json_syntax_error(text, file_name)) throw InputError(std::move(*syntax_error));
    return read_document(load_yaml_document(with_yaml_unicode_escapes(text), file_name), file_name);
  } catch (const Error&) {
    throw;
  } catch (const std::exception& error) {
    // A library failure the checks above did not foresee: still bad input, never a crash.
    throw InputError(Diagnostic{std::string{file_name}, 0, 0, "",
                                std::string{"cannot read the scenario: "} + error.what()});
  }
}

}  // namespace faultline::io
