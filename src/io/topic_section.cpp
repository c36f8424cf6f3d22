// `dimensions:` and `issues:`: axes with an id, a label and two named poles.
#include "faultline/io/field_set.hpp"
#include "faultline/io/scenario_sections.hpp"
#include "faultline/io/value_readers.hpp"

namespace faultline::io {

namespace {

void read_poles(const LocatedNode& at, Topic& topic) {
  if (!at.is_sequence() || at.node().size() != 2) {
    at.report("expected two poles [meaning of -1, meaning of +1], got " + at.description());
    return;
  }
  const auto negative = read_text(at.element(at.node()[0], 0));
  const auto positive = read_text(at.element(at.node()[1], 1));
  if (negative && positive) topic.poles = {*negative, *positive};
}

std::optional<Topic> read_topic(const LocatedNode& at, TopicKind kind, IdDefinitions& definitions) {
  const std::string noun{to_string(kind)};
  const FieldSet fields{at, "a " + noun + " {id, label, poles}", {"id", "label", "poles", "description"}};
  if (!fields.is_mapping()) return std::nullopt;
  Topic topic;
  std::optional<std::string> id;
  if (auto written = fields.required("id")) {
    id = read_id(*written);
    if (id && !definitions.define(*written, noun, *id)) id.reset();
  }
  if (auto written = fields.optional("label")) topic.label = read_text(*written).value_or("");
  if (auto written = fields.optional("poles")) read_poles(*written, topic);
  if (auto written = fields.optional("description")) topic.description = read_text(*written).value_or("");
  if (!id) return std::nullopt;
  topic.id = *id;
  if (topic.label.empty()) topic.label = topic.id;
  return topic;
}

}  // namespace

std::vector<Topic> read_topics(const LocatedNode& at, TopicKind kind, IdDefinitions& definitions) {
  std::vector<Topic> topics;
  const std::string noun{to_string(kind)};
  for (const LocatedNode& element : sequence_elements(at, "a list of " + noun + "s")) {
    if (auto topic = read_topic(named_by_id(element), kind, definitions)) topics.push_back(std::move(*topic));
  }
  return topics;
}

}  // namespace faultline::io
