// `events:` (dated changes that happened) and `pressures:` (hypothetical changes a stress test applies). Both
// carry effects of the same kinds.
#include <algorithm>

#include "faultline/io/field_set.hpp"
#include "faultline/io/scenario_sections.hpp"
#include "faultline/io/value_readers.hpp"

namespace faultline::io {

namespace {

std::optional<Date> read_dated(const LocatedNode& at, const SectionContext& context) {
  auto date = read_date(at);
  if (date) context.check_in_time_range(at, *date);
  return date;
}

std::optional<Event> read_event(const LocatedNode& at, const SectionContext& context) {
  const FieldSet fields{at, "an event {at, what, effects}", {"at", "what", "effects"}};
  if (!fields.is_mapping()) return std::nullopt;
  Event event;
  std::optional<Date> date;
  if (auto written = fields.required("at")) date = read_dated(*written, context);
  if (auto written = fields.optional("what")) event.what = read_text(*written).value_or("");
  if (auto written = fields.optional("effects")) event.effects = read_effects(*written, context);
  if (!date) return std::nullopt;
  event.at = *date;
  return event;
}

std::optional<Pressure> read_pressure(const LocatedNode& at, const SectionContext& context,
                                      IdDefinitions& definitions) {
  const FieldSet fields{at, "a pressure {id, what, at, effects}", {"id", "what", "at", "effects"}};
  if (!fields.is_mapping()) return std::nullopt;
  Pressure pressure;
  std::optional<std::string> id;
  if (auto written = fields.required("id")) {
    id = read_id(*written);
    if (id && !definitions.define(*written, "pressure", *id)) id.reset();
  }
  if (auto written = fields.optional("what")) pressure.what = read_text(*written).value_or("");
  bool valid = id.has_value();
  if (auto written = fields.optional("at")) {
    pressure.at = read_dated(*written, context);
    valid = valid && pressure.at;
  }
  if (auto written = fields.required("effects")) pressure.effects = read_effects(*written, context);
  if (!valid) return std::nullopt;
  pressure.id = *id;
  return pressure;
}

}  // namespace

std::vector<Event> read_events(const LocatedNode& at, const SectionContext& context) {
  std::vector<Event> events;
  for (const LocatedNode& element : sequence_elements(at, "a list of events")) {
    if (auto event = read_event(element, context)) events.push_back(std::move(*event));
  }
  // The engine applies events in time; events on one date keep their order in the file.
  std::stable_sort(events.begin(), events.end(), [](const Event& a, const Event& b) { return a.at < b.at; });
  return events;
}

std::vector<Pressure> read_pressures(const LocatedNode& at, const SectionContext& context) {
  std::vector<Pressure> pressures;
  IdDefinitions definitions;
  for (const LocatedNode& element : sequence_elements(at, "a list of pressures")) {
    if (auto pressure = read_pressure(named_by_id(element), context, definitions)) {
      pressures.push_back(std::move(*pressure));
    }
  }
  return pressures;
}

}  // namespace faultline::io
