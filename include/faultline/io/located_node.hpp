#pragma once
// A YAML node together with where it sits: its 1-based line and column in the file and its field path
// (`actors[musk].values.fiscal`). Every reader receives one and reports problems through it, so each
// diagnostic carries file, position and path without the reader spelling them out.

#include <yaml-cpp/yaml.h>

#include <cstddef>
#include <string>

#include "faultline/io/diagnostic_sink.hpp"

namespace faultline::io {

// What every node of one read shares: the sink for problems, the default sd of bare numbers, and a budget on
// the number of nodes visited (YAML aliases can make a small file describe an enormous tree).
class ReadContext {
 public:
  static constexpr std::size_t max_nodes_visited = 200'000;

  explicit ReadContext(DiagnosticSink& sink) : sink_(sink) {}

  [[nodiscard]] DiagnosticSink& sink() const noexcept { return sink_; }
  [[nodiscard]] double default_sd() const noexcept { return default_sd_; }
  void set_default_sd(double sd) noexcept { default_sd_ = sd; }
  // Counts one visited node; abandons the read past the budget.
  void count_visit(int line, int column, const std::string& path);

 private:
  DiagnosticSink& sink_;
  double default_sd_ = 0.1;
  std::size_t nodes_visited_ = 0;
};

class LocatedNode {
 public:
  // The document's root (path empty, position of the first node or 1:1).
  LocatedNode(YAML::Node root, ReadContext& context);

  [[nodiscard]] const YAML::Node& node() const noexcept { return node_; }
  [[nodiscard]] const std::string& path() const noexcept { return path_; }
  [[nodiscard]] int line() const noexcept { return line_; }
  [[nodiscard]] int column() const noexcept { return column_; }
  [[nodiscard]] ReadContext& context() const noexcept { return *context_; }

  [[nodiscard]] bool is_null() const { return node_.IsNull(); }
  [[nodiscard]] bool is_scalar() const { return node_.IsScalar(); }
  [[nodiscard]] bool is_sequence() const { return node_.IsSequence(); }
  [[nodiscard]] bool is_map() const { return node_.IsMap(); }
  // A scalar written in quotes: always a string, never a number or a boolean.
  [[nodiscard]] bool is_quoted() const { return node_.IsScalar() && node_.Tag() == "!"; }
  [[nodiscard]] const std::string& scalar() const { return node_.Scalar(); }

  // What the node holds, for "expected …, got <description>": `1.4`, `'abc'`, `the string "0.5"`, `a list`, …
  [[nodiscard]] std::string description() const;

  // The value of mapping entry `key_node: value`, at path `<path>.<name>`; a null value sits at its key.
  [[nodiscard]] LocatedNode member(const YAML::Node& key_node, const YAML::Node& value,
                                   std::string_view name) const;
  // The key of a mapping entry itself, at path `<path>.<name>` (where "unknown field" and "unknown id"
  // point).
  [[nodiscard]] LocatedNode key(const YAML::Node& key_node, std::string_view name) const;
  // Element `index` of a sequence, at path `<path>[index]`.
  [[nodiscard]] LocatedNode element(const YAML::Node& value, std::size_t index) const;
  // The same node under another path, e.g. `actors[musk]` once the actor's id is known.
  [[nodiscard]] LocatedNode renamed(std::string path) const;
  // `<path>.<name>` (or `name` at the root): the path of a child that may not exist.
  [[nodiscard]] std::string child_path(std::string_view name) const;

  // Records a problem at this node.
  void report(std::string message) const;

 private:
  LocatedNode(YAML::Node node, std::string path, int line, int column, ReadContext& context);
  // `written_at` gives the position (the node itself, or its key when the value is null).
  [[nodiscard]] LocatedNode child(const YAML::Node& node, const YAML::Node& written_at,
                                  std::string path) const;
  [[nodiscard]] std::string describe_scalar() const;

  YAML::Node node_;
  std::string path_;
  int line_ = 0;
  int column_ = 0;
  ReadContext* context_;
};

}  // namespace faultline::io
