// `sources:`: where the numbers came from (a seed line, an article, an estimate).
#include "faultline/io/field_set.hpp"
#include "faultline/io/scenario_sections.hpp"
#include "faultline/io/value_readers.hpp"

namespace faultline::io {

namespace {

std::optional<Source> read_source(const LocatedNode& at) {
  const FieldSet fields{at, "a source {ref, note, about}", {"ref", "note", "about"}};
  if (!fields.is_mapping()) return std::nullopt;
  Source source;
  std::optional<std::string> ref;
  if (auto written = fields.required("ref")) ref = read_text(*written);
  if (auto written = fields.optional("note")) source.note = read_text(*written).value_or("");
  if (auto written = fields.optional("about")) {
    for (const LocatedNode& element : sequence_elements(*written, "a list of field paths")) {
      if (auto path = read_text(element)) source.about.push_back(std::move(*path));
    }
  }
  if (!ref) return std::nullopt;
  source.ref = *ref;
  return source;
}

}  // namespace

std::vector<Source> read_sources(const LocatedNode& at) {
  std::vector<Source> sources;
  for (const LocatedNode& element : sequence_elements(at, "a list of sources")) {
    if (auto source = read_source(element)) sources.push_back(std::move(*source));
  }
  return sources;
}

}  // namespace faultline::io
