#include "faultline/io/located_node.hpp"

#include "faultline/io/value_readers.hpp"

namespace faultline::io {

void ReadContext::count_visit(int line, int column, const std::string& path) {
  if (++nodes_visited_ > max_nodes_visited) {
    sink_.abandon(line, column, path,
                  "input too large: more than " + std::to_string(max_nodes_visited) +
                      " nodes (after expanding aliases)");
  }
}

namespace {
// Long scalars (often garbage) are cut so that a message stays one readable line.
constexpr std::size_t max_quoted_length = 40;

std::string shortened(const std::string& text) {
  return text.size() <= max_quoted_length ? text : text.substr(0, max_quoted_length) + "...";
}

// yaml-cpp marks are 0-based, and -1 when unknown (nodes that were never in the text).
bool has_mark(const YAML::Node& node) {
  return node.Mark().line >= 0;
}
}  // namespace

LocatedNode::LocatedNode(YAML::Node root, ReadContext& context)
    : LocatedNode(root, "", has_mark(root) ? root.Mark().line + 1 : 1,
                  has_mark(root) ? root.Mark().column + 1 : 1, context) {}

LocatedNode::LocatedNode(YAML::Node node, std::string path, int line, int column, ReadContext& context)
    : node_(std::move(node)), path_(std::move(path)), line_(line), column_(column), context_(&context) {}

LocatedNode LocatedNode::child(const YAML::Node& node, const YAML::Node& written_at, std::string path) const {
  const int line = has_mark(written_at) ? written_at.Mark().line + 1 : line_;
  const int column = has_mark(written_at) ? written_at.Mark().column + 1 : column_;
  context_->count_visit(line, column, path);
  return LocatedNode{node, std::move(path), line, column, *context_};
}

std::string LocatedNode::child_path(std::string_view name) const {
  return path_.empty() ? std::string{name} : path_ + "." + std::string{name};
}

LocatedNode LocatedNode::member(const YAML::Node& key_node, const YAML::Node& value,
                                std::string_view name) const {
  // A field written with no value (`salience:`) is marked where the next token starts: point at its key
  // instead.
  return child(value, value.IsNull() ? key_node : value, child_path(name));
}

LocatedNode LocatedNode::key(const YAML::Node& key_node, std::string_view name) const {
  return child(key_node, key_node, child_path(name));
}

LocatedNode LocatedNode::element(const YAML::Node& value, std::size_t index) const {
  return child(value, value, path_ + "[" + std::to_string(index) + "]");
}

LocatedNode LocatedNode::renamed(std::string path) const {
  return LocatedNode{node_, std::move(path), line_, column_, *context_};
}

void LocatedNode::report(std::string message) const {
  context_->sink().report(line_, column_, path_, std::move(message));
}

std::string LocatedNode::describe_scalar() const {
  const std::string& text = node_.Scalar();
  if (is_quoted()) return "the string \"" + shortened(text) + "\"";
  if (parse_number(text)) return text;  // numbers read best as themselves: "got 1.4"
  return "'" + shortened(text) + "'";
}

std::string LocatedNode::description() const {
  switch (node_.Type()) {
    case YAML::NodeType::Sequence:
      return "a list";
    case YAML::NodeType::Map:
      return "a mapping";
    case YAML::NodeType::Scalar:
      return describe_scalar();
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
      break;
  }
  return "nothing";
}

}  // namespace faultline::io
