#pragma once
// The ids a scenario declares (actors, dimensions, issues), gathered in a first pass over the document so
// that any section may refer to an id declared further down; and the checks of references against them, which
// report "unknown actor 'trumpp'; did you mean 'trump'?" and the like.

#include <yaml-cpp/yaml.h>

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "faultline/io/located_node.hpp"
#include "faultline/model/topic.hpp"

namespace faultline::io {

class DeclaredIds {
 public:
  // Reads the `id` of every mapping listed under `actors`, `dimensions` and `issues`; reports nothing (the
  // full walk does). `root` may be anything.
  static DeclaredIds collect(const YAML::Node& root);

  [[nodiscard]] bool is_actor(std::string_view id) const;
  [[nodiscard]] bool is_topic(TopicKind kind, std::string_view id) const;

  // Each returns whether the reference is valid, reporting at `at` when it is not.
  bool check_actor(const LocatedNode& at, const std::string& id) const;
  // A topic of the given kind ("'budget_bill' is an issue, not a dimension" when it is of the other kind).
  bool check_topic(const LocatedNode& at, TopicKind kind, const std::string& id) const;
  // A dimension or an issue.
  bool check_any_topic(const LocatedNode& at, const std::string& id) const;

 private:
  std::vector<std::string> actors_;
  std::vector<std::string> dimensions_;
  std::vector<std::string> issues_;
};

// An id naming a declared actor; reports a malformed id or an unknown actor.
std::optional<std::string> read_actor_reference(const LocatedNode& at, const DeclaredIds& declared);
// `[a, b]`: two different declared actors; `what` names the pair in "a <what> needs two different actors".
std::optional<std::array<std::string, 2>> read_actor_pair(const LocatedNode& at, const DeclaredIds& declared,
                                                          std::string_view what);

// Where each id of one namespace was first defined, so that a duplicate names the original's line.
class IdDefinitions {
 public:
  // True for a new id; otherwise reports "duplicate <noun> id '<id>' (first defined at line N)" at `at`, or,
  // when the id belongs to another kind sharing the namespace, "<noun> id '<id>' is already a <other> id
  // (…)".
  bool define(const LocatedNode& at, std::string_view noun, const std::string& id);

 private:
  std::map<std::string, std::pair<std::string, int>, std::less<>> first_;  // id -> (noun, line)
};

// The same for unordered pairs of actors (ties, relations): "duplicate tie between a and b (first defined at
// …)".
class PairDefinitions {
 public:
  bool define(const LocatedNode& at, std::string_view noun, const std::array<std::string, 2>& pair);

 private:
  std::map<std::pair<std::string, std::string>, int> first_line_;  // ordered pair -> line
};

}  // namespace faultline::io
