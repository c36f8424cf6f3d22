// `actors:`: who they are, their power and temperament, their stances on dimensions and issues, and what they
// believe others hold.
#include "faultline/io/field_set.hpp"
#include "faultline/io/scenario_sections.hpp"
#include "faultline/io/value_readers.hpp"

namespace faultline::io {

namespace {

std::optional<Stance> read_stance(const LocatedNode& at) {
  const FieldSet fields{at, "a stance {position, salience}", {"position", "salience"}};
  std::optional<Uncertain> position;
  std::optional<Uncertain> salience;
  if (auto written = fields.required("position")) position = read_uncertain(*written, position_range);
  if (auto written = fields.required("salience")) salience = read_uncertain(*written, unit_range);
  if (!position || !salience) return std::nullopt;
  return Stance{*position, *salience};
}

// `values:` (kind dimension) or `issues:` (kind issue) of one actor.
std::map<std::string, Stance> read_stances(const LocatedNode& at, TopicKind kind,
                                           const DeclaredIds& declared) {
  std::map<std::string, Stance> stances;
  const std::string expected =
      "a mapping of " + std::string{to_string(kind)} + " ids to {position, salience}";
  for (const MappingEntry& entry : mapping_entries(at, expected)) {
    const bool known = declared.check_topic(entry.key_node, kind, entry.key);
    auto stance = read_stance(entry.value);
    if (known && stance) stances.emplace(entry.key, *stance);
  }
  return stances;
}

Temperament read_temperament(const LocatedNode& at) {
  const FieldSet fields{at, "a temperament {volatility, ego}", {"volatility", "ego"}};
  Temperament temperament;
  if (auto written = fields.optional("volatility")) {
    temperament.volatility = read_uncertain(*written, unit_range).value_or(temperament.volatility);
  }
  if (auto written = fields.optional("ego"))
    temperament.ego = read_uncertain(*written, unit_range).value_or(temperament.ego);
  return temperament;
}

std::map<std::string, std::map<std::string, Uncertain>> read_perceptions(const LocatedNode& at,
                                                                         const std::string& perceiver,
                                                                         const DeclaredIds& declared) {
  std::map<std::string, std::map<std::string, Uncertain>> perceives;
  for (const MappingEntry& other :
       mapping_entries(at, "a mapping of actor ids to {dimension or issue: position}")) {
    bool valid = declared.check_actor(other.key_node, other.key);
    if (valid && other.key == perceiver) {
      other.key_node.report(
          "an actor's perception of itself is its own position: write it under values or issues");
      valid = false;
    }
    std::map<std::string, Uncertain> positions;
    for (const MappingEntry& topic :
         mapping_entries(other.value, "a mapping of dimension or issue ids to positions")) {
      const bool known = declared.check_any_topic(topic.key_node, topic.key);
      const auto position = read_uncertain(topic.value, position_range);
      if (known && position) positions.emplace(topic.key, *position);
    }
    if (valid) perceives.emplace(other.key, std::move(positions));
  }
  return perceives;
}

std::optional<Actor> read_actor(const LocatedNode& at, const SectionContext& context,
                                IdDefinitions& definitions) {
  const FieldSet fields{
      at,
      "an actor {id, name, capability, ...}",
      {"id", "name", "capability", "temperament", "threshold", "values", "issues", "perceives"}};
  if (!fields.is_mapping()) return std::nullopt;
  Actor actor;
  std::optional<std::string> id;
  if (auto written = fields.required("id")) {
    id = read_id(*written);
    if (id && !definitions.define(*written, "actor", *id)) id.reset();
  }
  if (auto written = fields.optional("name")) actor.name = read_text(*written).value_or("");
  if (auto written = fields.optional("capability")) {
    actor.capability = read_uncertain(*written, non_negative).value_or(actor.capability);
  }
  if (auto written = fields.optional("temperament")) actor.temperament = read_temperament(*written);
  if (auto written = fields.optional("threshold")) {
    actor.threshold = read_uncertain(*written, any_number).value_or(actor.threshold);
  }
  if (auto written = fields.optional("values")) {
    actor.values = read_stances(*written, TopicKind::dimension, context.declared);
  }
  if (auto written = fields.optional("issues"))
    actor.issues = read_stances(*written, TopicKind::issue, context.declared);
  if (auto written = fields.optional("perceives")) {
    actor.perceives = read_perceptions(*written, id.value_or(""), context.declared);
  }
  if (!id) return std::nullopt;
  actor.id = *id;
  if (actor.name.empty()) actor.name = actor.id;
  return actor;
}

}  // namespace

std::vector<Actor> read_actors(const LocatedNode& at, const SectionContext& context) {
  std::vector<Actor> actors;
  IdDefinitions definitions;
  for (const LocatedNode& element : sequence_elements(at, "a list of actors")) {
    if (auto actor = read_actor(named_by_id(element), context, definitions))
      actors.push_back(std::move(*actor));
  }
  return actors;
}

}  // namespace faultline::io
