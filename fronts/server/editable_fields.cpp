#include "server/editable_fields.hpp"

#include <algorithm>
#include <string>

#include "server/scenario_edit.hpp"

namespace faultline::server {
namespace {

struct Range {
  double min = 0.0;
  double max = 1.0;
};

constexpr Range position_range{-1.0, 1.0};
constexpr Range unit_range{0.0, 1.0};

class FieldList {
 public:
  explicit FieldList(const ScenarioText& text) : text_(text) {}

  void add(const std::string& path, const std::string& group, const std::string& label, double value,
           Range range) {
    try {
      (void)text_.locate_number(path);
    } catch (const EditError&) {
      return;  // not written in the file (a default): nothing to edit
    }
    // A value outside the usual range (a capability of 3) widens it rather than being clamped by the slider.
    fields_.push_back({{"path", path},
                       {"group", group},
                       {"label", label},
                       {"value", value},
                       {"min", std::min(range.min, value)},
                       {"max", std::max(range.max, value)}});
  }

  [[nodiscard]] nlohmann::ordered_json take() { return std::move(fields_); }

 private:
  const ScenarioText& text_;
  nlohmann::ordered_json fields_ = nlohmann::ordered_json::array();
};

std::string topic_label(const Scenario& scenario, TopicKind kind, const std::string& id) {
  const Topic* topic = scenario.find_topic(kind, id);
  return topic != nullptr && !topic->label.empty() ? topic->label : id;
}

std::string actor_name(const Scenario& scenario, const std::string& id) {
  const Actor* actor = scenario.find_actor(id);
  return actor != nullptr && !actor->name.empty() ? actor->name : id;
}

void add_stances(FieldList& fields, const Scenario& scenario, const Actor& actor, TopicKind kind) {
  const bool values = kind == TopicKind::dimension;
  const std::string section = values ? "values" : "issues";
  const std::string group = actor_name(scenario, actor.id) + (values ? " · values" : " · issues");
  for (const auto& [topic, stance] : values ? actor.values : actor.issues) {
    const std::string path = "actors." + actor.id + "." + section + "." + topic;
    const std::string label = topic_label(scenario, kind, topic);
    fields.add(path + ".position", group, label + ": position", stance.position.value, position_range);
    fields.add(path + ".salience", group, label + ": salience", stance.salience.value, unit_range);
  }
}

}  // namespace

nlohmann::ordered_json editable_fields(const Scenario& scenario, std::string_view text,
                                       std::string_view file_name) {
  const ScenarioText parsed{text, file_name};
  FieldList fields{parsed};
  for (const Actor& actor : scenario.actors) {
    const std::string path = "actors." + actor.id;
    const std::string group = actor_name(scenario, actor.id);
    fields.add(path + ".threshold", group, "threshold (exits below this worth)", actor.threshold.value,
               position_range);
    fields.add(path + ".capability", group, "capability", actor.capability.value, unit_range);
    add_stances(fields, scenario, actor, TopicKind::dimension);
    add_stances(fields, scenario, actor, TopicKind::issue);
  }
  for (std::size_t t = 0; t < scenario.ties.size(); ++t) {
    const Tie& tie = scenario.ties[t];
    const std::string group = "Tie " + actor_name(scenario, tie.between[0]) + " – " +
                              actor_name(scenario, tie.between[1]) + " · flows";
    for (std::size_t f = 0; f < tie.flows.size(); ++f) {
      const Flow& flow = tie.flows[f];
      const std::string path = "ties." + std::to_string(t) + ".flows." + std::to_string(f);
      const std::string label = actor_name(scenario, flow.from) + " → " + actor_name(scenario, flow.to) +
                                (flow.what.empty() ? "" : " (" + flow.what + ")");
      fields.add(path + ".value", group, label + ": value to the receiver", flow.value.value, unit_range);
      fields.add(path + ".cost", group, label + ": cost to the giver", flow.cost.value, unit_range);
    }
  }
  return fields.take();
}

}  // namespace faultline::server
