// Effects, as events and pressures list them. The kind of an effect is the field that names its target
// (`flow`, `actor`, `relation`, `reveal`, `tie`); numbers beside it are deltas, numbers under `set:` absolute
// values.
#include <algorithm>
#include <array>
#include <map>

#include "faultline/io/field_set.hpp"
#include "faultline/io/scenario_sections.hpp"
#include "faultline/io/value_readers.hpp"
#include "faultline/io/yaml_document.hpp"

namespace faultline::io {

namespace {

constexpr std::array<std::string_view, 5> kind_fields{"flow", "actor", "relation", "reveal", "tie"};

// A field an effect may change, and the range an absolute (`set:`) value must lie in; deltas may be any
// number (the engine clamps the result).
struct Changeable {
  std::string_view name;
  NumberRange set_range;
};

using Changes = std::map<std::string_view, Change>;

// The fields of one kind of effect: its target fields, then each changeable field, then `set`.
std::vector<std::string_view> allowed_fields(std::initializer_list<std::string_view> targets,
                                             std::initializer_list<Changeable> changeable) {
  std::vector<std::string_view> allowed(targets);
  for (const Changeable& field : changeable) allowed.push_back(field.name);
  if (changeable.size() > 0) allowed.push_back("set");
  return allowed;
}

// Deltas beside the target and absolute values under `set:`; nullopt (after reporting) when any is invalid or
// when the effect changes nothing.
std::optional<Changes> read_changes(const FieldSet& fields, std::initializer_list<Changeable> changeable) {
  Changes changes;
  bool valid = true;
  for (const Changeable& field : changeable) {
    if (auto written = fields.optional(field.name)) {
      const auto delta = read_number(*written, any_number);
      if (delta) changes.emplace(field.name, Change{Change::Mode::delta, *delta});
      valid = valid && delta;
    }
  }
  if (auto set = fields.optional("set")) {
    std::vector<std::string_view> names;
    for (const Changeable& field : changeable) names.push_back(field.name);
    const FieldSet set_fields{*set, "a mapping of fields to new values", names};
    for (const Changeable& field : changeable) {
      auto written = set_fields.optional(field.name);
      if (!written) continue;
      const auto value = read_number(*written, field.set_range);
      if (value && changes.contains(field.name)) {
        written->report("'" + std::string{field.name} + "' is given both as a delta and under set");
        valid = false;
      } else if (value) {
        changes.emplace(field.name, Change{Change::Mode::set, *value});
      }
      valid = valid && value;
    }
  }
  if (valid && changes.empty()) {
    std::string names;
    for (const Changeable& field : changeable) names.append(names.empty() ? "" : ", ").append(field.name);
    fields.at().report("expected a change: " + names + " (a delta, or a new value under set)");
    return std::nullopt;
  }
  if (!valid) return std::nullopt;
  return changes;
}

std::optional<Change> change_of(const Changes& changes, std::string_view name) {
  const auto found = changes.find(name);
  return found == changes.end() ? std::nullopt : std::optional<Change>{found->second};
}

bool flow_exists(const Scenario& so_far, const std::string& from, const std::string& to) {
  return std::any_of(so_far.ties.begin(), so_far.ties.end(), [&](const Tie& tie) {
    return std::any_of(tie.flows.begin(), tie.flows.end(),
                       [&](const Flow& flow) { return flow.from == from && flow.to == to; });
  });
}

bool tie_exists(const Scenario& so_far, const std::array<std::string, 2>& between) {
  return std::any_of(so_far.ties.begin(), so_far.ties.end(), [&](const Tie& tie) {
    return (tie.between[0] == between[0] && tie.between[1] == between[1]) ||
           (tie.between[0] == between[1] && tie.between[1] == between[0]);
  });
}

// `{from: A, to: B}` naming a declared flow.
std::optional<std::pair<std::string, std::string>> read_flow_reference(const LocatedNode& at,
                                                                       const SectionContext& context) {
  const FieldSet fields{at, "a flow {from, to}", {"from", "to"}};
  std::optional<std::string> from;
  std::optional<std::string> to;
  if (auto written = fields.required("from")) from = read_actor_reference(*written, context.declared);
  if (auto written = fields.required("to")) to = read_actor_reference(*written, context.declared);
  if (!from || !to) return std::nullopt;
  if (!flow_exists(context.so_far, *from, *to)) {
    at.report("no flow from " + *from + " to " + *to + " is declared under ties");
    return std::nullopt;
  }
  return std::pair{*from, *to};
}

// `dimension: X` or `issue: X` (exactly one), naming a declared topic of that kind.
std::optional<std::pair<TopicKind, std::string>> read_topic_reference(const FieldSet& fields,
                                                                      const SectionContext& context) {
  const auto dimension = fields.optional("dimension");
  const auto issue = fields.optional("issue");
  if (dimension && issue) {
    issue->report("an effect names a dimension or an issue, not both");
    return std::nullopt;
  }
  if (!dimension && !issue) {
    fields.at().report("missing required field 'dimension' or 'issue'");
    return std::nullopt;
  }
  const TopicKind kind = dimension ? TopicKind::dimension : TopicKind::issue;
  const LocatedNode& written = dimension ? *dimension : *issue;
  auto id = read_id(written);
  if (!id || !context.declared.check_topic(written, kind, *id)) return std::nullopt;
  return std::pair{kind, *id};
}

std::optional<Effect> read_flow_effect(const LocatedNode& at, const SectionContext& context) {
  const std::initializer_list<Changeable> changeable{{"value", non_negative}, {"cost", non_negative}};
  const FieldSet fields{at, "", allowed_fields({"flow"}, changeable)};
  const auto flow = read_flow_reference(*fields.optional("flow"), context);
  const auto changes = read_changes(fields, changeable);
  if (!flow || !changes) return std::nullopt;
  return FlowEffect{flow->first, flow->second, change_of(*changes, "value"), change_of(*changes, "cost")};
}

std::optional<Effect> read_threshold_effect(const LocatedNode& at, const SectionContext& context) {
  const std::initializer_list<Changeable> changeable{{"threshold", any_number}};
  const FieldSet fields{at, "", allowed_fields({"actor"}, changeable)};
  const auto actor = read_actor_reference(*fields.optional("actor"), context.declared);
  const auto changes = read_changes(fields, changeable);
  if (!actor || !changes) return std::nullopt;
  return ThresholdEffect{*actor, *change_of(*changes, "threshold")};
}

std::optional<Effect> read_stance_effect(const LocatedNode& at, const SectionContext& context) {
  const std::initializer_list<Changeable> changeable{{"position", position_range}, {"salience", unit_range}};
  const FieldSet fields{at, "", allowed_fields({"actor", "dimension", "issue"}, changeable)};
  const auto actor = read_actor_reference(*fields.optional("actor"), context.declared);
  const auto topic = read_topic_reference(fields, context);
  const auto changes = read_changes(fields, changeable);
  if (!actor || !topic || !changes) return std::nullopt;
  return StanceEffect{*actor, topic->first, topic->second, change_of(*changes, "position"),
                      change_of(*changes, "salience")};
}

// An actor effect changes a stance, or (with `threshold`, beside it or under `set:`) the actor's threshold.
bool changes_threshold(const LocatedNode& at) {
  return first_value(at.node(), "threshold") || first_value(first_value(at.node(), "set"), "threshold");
}

std::optional<Effect> read_relation_effect(const LocatedNode& at, const SectionContext& context) {
  const std::initializer_list<Changeable> changeable{{"sign", position_range}};
  const FieldSet fields{at, "", allowed_fields({"relation"}, changeable)};
  const auto between = read_actor_pair(*fields.optional("relation"), context.declared, "relation");
  const auto changes = read_changes(fields, changeable);
  if (!between || !changes) return std::nullopt;
  return RelationEffect{*between, *change_of(*changes, "sign")};
}

std::optional<Effect> read_reveal_effect(const LocatedNode& at, const SectionContext& context) {
  const FieldSet fields{at, "", {"reveal"}};
  const FieldSet target{
      *fields.optional("reveal"), "a mapping {actor, dimension or issue}", {"actor", "dimension", "issue"}};
  if (!target.is_mapping()) return std::nullopt;
  std::optional<std::string> actor;
  if (auto written = target.required("actor")) actor = read_actor_reference(*written, context.declared);
  const auto topic = read_topic_reference(target, context);
  if (!actor || !topic) return std::nullopt;
  return RevealEffect{*actor, topic->first, topic->second};
}

std::optional<Effect> read_tie_end_effect(const LocatedNode& at, const SectionContext& context) {
  const FieldSet fields{at, "", {"tie", "end"}};
  const LocatedNode pair = *fields.optional("tie");
  auto between = read_actor_pair(pair, context.declared, "tie");
  if (between && !tie_exists(context.so_far, *between)) {
    pair.report("no tie between " + (*between)[0] + " and " + (*between)[1] + " is declared under ties");
    between.reset();
  }
  std::optional<bool> end;
  if (auto written = fields.required("end")) {
    end = read_bool(*written);
    if (end && !*end) {
      written->report("expected true (a tie effect records the tie's end), got false");
      end.reset();
    }
  }
  if (!between || !end) return std::nullopt;
  return TieEndEffect{*between};
}

std::optional<Effect> read_effect(const LocatedNode& at, const SectionContext& context) {
  if (!at.is_map()) {
    at.report("expected an effect (a mapping with flow, actor, relation, reveal or tie), got " +
              at.description());
    return std::nullopt;
  }
  std::vector<std::string_view> kinds;
  for (std::string_view kind : kind_fields) {
    if (first_value(at.node(), kind)) kinds.push_back(kind);
  }
  if (kinds.size() > 1) {
    at.report("an effect has one target, found both '" + std::string{kinds[0]} + "' and '" +
              std::string{kinds[1]} + "'");
    return std::nullopt;
  }
  if (kinds.empty()) {
    // Read every field an effect may have, so that a misspelt target gets its "did you mean".
    const FieldSet fields{at,
                          "",
                          {"flow", "actor", "relation", "reveal", "tie", "dimension", "issue", "value",
                           "cost", "position", "salience", "sign", "threshold", "end", "set"}};
    at.report("expected an effect target: flow, actor, relation, reveal or tie");
    return std::nullopt;
  }
  const std::string_view kind = kinds.front();
  if (kind == "flow") return read_flow_effect(at, context);
  if (kind == "actor") {
    return changes_threshold(at) ? read_threshold_effect(at, context) : read_stance_effect(at, context);
  }
  if (kind == "relation") return read_relation_effect(at, context);
  if (kind == "reveal") return read_reveal_effect(at, context);
  return read_tie_end_effect(at, context);
}

}  // namespace

std::vector<Effect> read_effects(const LocatedNode& at, const SectionContext& context) {
  std::vector<Effect> effects;
  for (const LocatedNode& element : sequence_elements(at, "a list of effects")) {
    if (auto effect = read_effect(element, context)) effects.push_back(std::move(*effect));
  }
  return effects;
}

}  // namespace faultline::io
