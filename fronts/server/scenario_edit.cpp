#include "server/scenario_edit.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <charconv>
#include <map>
#include <optional>

#include "faultline/io/yaml_document.hpp"

namespace faultline::server {
namespace {

std::vector<std::string> split_path(std::string_view path) {
  std::vector<std::string> segments;
  std::size_t start = 0;
  while (start <= path.size()) {
    const std::size_t dot = std::min(path.find('.', start), path.size());
    segments.emplace_back(path.substr(start, dot - start));
    start = dot + 1;
  }
  return segments;
}

std::optional<std::size_t> as_index(const std::string& segment) {
  std::size_t index = 0;
  const auto [end, error] = std::from_chars(segment.data(), segment.data() + segment.size(), index);
  if (error != std::errc{} || end != segment.data() + segment.size()) return std::nullopt;
  return index;
}

// The child of `node` that `segment` names, or an undefined node.
YAML::Node child(const YAML::Node& node, const std::string& segment) {
  if (node.IsMap()) return io::first_value(node, segment);
  if (!node.IsSequence()) return YAML::Node{YAML::NodeType::Undefined};
  for (const YAML::Node& element : node) {
    if (const YAML::Node id = io::first_value(element, "id"); id && id.IsScalar() && id.Scalar() == segment) {
      return element;
    }
  }
  if (const auto index = as_index(segment); index && *index < node.size()) return node[*index];
  return YAML::Node{YAML::NodeType::Undefined};
}

bool is_number_text(const std::string& text) {
  double number = 0.0;
  const char* first = text.data() + (text.starts_with('+') ? 1 : 0);
  const auto [end, error] = std::from_chars(first, text.data() + text.size(), number);
  return error == std::errc{} && end == text.data() + text.size();
}

ScalarSpan locate_in(const YAML::Node& root, std::string_view text, std::string_view path) {
  // reset(), not `=`: assigning a YAML::Node overwrites the node it refers to, and would change the tree.
  YAML::Node node;
  node.reset(root);
  for (const std::string& segment : split_path(path)) {
    node.reset(child(node, segment));
    if (!node) throw EditError("edit '" + std::string{path} + "': no field '" + segment + "' there");
  }
  if (node.IsMap()) node.reset(io::first_value(node, "value"));  // an uncertain number {value: …, sd: …}
  if (!node || !node.IsScalar() || node.Tag() != "?" || !is_number_text(node.Scalar())) {
    throw EditError("edit '" + std::string{path} + "': the field is not a number");
  }
  const std::string& scalar = node.Scalar();
  const auto offset = static_cast<std::size_t>(node.Mark().pos);
  // The scalar must be written exactly as read (a plain number always is), so only its characters change.
  if (offset >= text.size() || text.substr(offset, scalar.size()) != scalar) {
    throw EditError("edit '" + std::string{path} + "': cannot locate the number in the text");
  }
  return {offset, scalar.size()};
}

}  // namespace

ScenarioText::ScenarioText(std::string_view text, std::string_view file_name)
    : text_(text), root_(io::load_yaml_document(text, file_name)) {}

ScalarSpan ScenarioText::locate_number(std::string_view path) const {
  return locate_in(root_, text_, path);
}

std::vector<ScenarioEdit> edits_from_json(const nlohmann::json& body) {
  if (!body.is_object()) throw EditError("the request body must be a JSON object");
  const auto found = body.find("edits");
  if (found == body.end() || found->is_null()) return {};
  if (!found->is_array()) throw EditError("'edits' must be a list of {\"path\": …, \"value\": …}");
  std::vector<ScenarioEdit> edits;
  for (const nlohmann::json& edit : *found) {
    if (!edit.is_object() || !edit.contains("path") || !edit["path"].is_string() || !edit.contains("value")) {
      throw EditError(
          "every edit must be an object {\"path\": \"actors.ID.values.DIM.salience\", \"value\": 0.5}");
    }
    if (!edit["value"].is_number()) {
      throw EditError("edit '" + edit["path"].get<std::string>() + "': the value must be a number");
    }
    edits.push_back({edit["path"].get<std::string>(), edit["value"]});
  }
  return edits;
}

std::string ScenarioText::with_edits(const std::vector<ScenarioEdit>& edits) const {
  std::map<std::size_t, std::pair<std::size_t, std::string>> replacements;  // offset -> (length, text)
  for (const ScenarioEdit& edit : edits) {
    const ScalarSpan span = locate_number(edit.path);
    replacements[span.offset] = {span.length, edit.value.dump()};
  }
  std::string result{text_};
  for (auto it = replacements.rbegin(); it != replacements.rend(); ++it) {  // back to front: offsets hold
    result.replace(it->first, it->second.first, it->second.second);
  }
  return result;
}

}  // namespace faultline::server
