#include "faultline/io/declared_ids.hpp"

#include <algorithm>

#include "faultline/io/did_you_mean.hpp"
#include "faultline/io/value_readers.hpp"
#include "faultline/io/yaml_document.hpp"

namespace faultline::io {

namespace {
bool contains(const std::vector<std::string>& ids, std::string_view id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

// "an issue", "a dimension".
std::string with_article(std::string_view noun) {
  const bool vowel = !noun.empty() && std::string_view{"aeiou"}.find(noun.front()) != std::string_view::npos;
  return (vowel ? "an " : "a ") + std::string{noun};
}

std::vector<std::string> ids_listed_under(const YAML::Node& root, std::string_view section) {
  std::vector<std::string> ids;
  const YAML::Node list = first_value(root, section);
  if (!list.IsSequence()) return ids;
  for (const YAML::Node& element : list) {
    if (!element.IsMap()) continue;
    const YAML::Node id = first_value(element, "id");
    if (id.IsScalar() && !contains(ids, id.Scalar())) ids.push_back(id.Scalar());
  }
  return ids;
}
}  // namespace

DeclaredIds DeclaredIds::collect(const YAML::Node& root) {
  DeclaredIds declared;
  if (!root.IsMap()) return declared;
  declared.actors_ = ids_listed_under(root, "actors");
  declared.dimensions_ = ids_listed_under(root, "dimensions");
  declared.issues_ = ids_listed_under(root, "issues");
  return declared;
}

bool DeclaredIds::is_actor(std::string_view id) const {
  return contains(actors_, id);
}

bool DeclaredIds::is_topic(TopicKind kind, std::string_view id) const {
  return contains(kind == TopicKind::dimension ? dimensions_ : issues_, id);
}

bool DeclaredIds::check_actor(const LocatedNode& at, const std::string& id) const {
  if (is_actor(id)) return true;
  at.report("unknown actor '" + id + "'" + did_you_mean(id, actors_));
  return false;
}

bool DeclaredIds::check_topic(const LocatedNode& at, TopicKind kind, const std::string& id) const {
  if (is_topic(kind, id)) return true;
  const TopicKind other = kind == TopicKind::dimension ? TopicKind::issue : TopicKind::dimension;
  const std::string noun{to_string(kind)};
  if (is_topic(other, id)) {
    at.report("'" + id + "' is " + with_article(to_string(other)) + ", not " + with_article(noun));
    return false;
  }
  at.report("unknown " + noun + " '" + id + "'" +
            did_you_mean(id, kind == TopicKind::dimension ? dimensions_ : issues_));
  return false;
}

bool DeclaredIds::check_any_topic(const LocatedNode& at, const std::string& id) const {
  if (is_topic(TopicKind::dimension, id) || is_topic(TopicKind::issue, id)) return true;
  std::vector<std::string> topics = dimensions_;
  topics.insert(topics.end(), issues_.begin(), issues_.end());
  at.report("unknown dimension or issue '" + id + "'" + did_you_mean(id, topics));
  return false;
}

std::optional<std::string> read_actor_reference(const LocatedNode& at, const DeclaredIds& declared) {
  auto id = read_id(at);
  if (id && !declared.check_actor(at, *id)) id.reset();
  return id;
}

std::optional<std::array<std::string, 2>> read_actor_pair(const LocatedNode& at, const DeclaredIds& declared,
                                                          std::string_view what) {
  if (!at.is_sequence() || at.node().size() != 2) {
    at.report("expected a pair of actor ids [a, b], got " + at.description());
    return std::nullopt;
  }
  const auto first = read_actor_reference(at.element(at.node()[0], 0), declared);
  const auto second = read_actor_reference(at.element(at.node()[1], 1), declared);
  if (!first || !second) return std::nullopt;
  if (*first == *second) {
    at.report(with_article(what) + " needs two different actors, got [" + *first + ", " + *second + "]");
    return std::nullopt;
  }
  return std::array<std::string, 2>{*first, *second};
}

bool IdDefinitions::define(const LocatedNode& at, std::string_view noun, const std::string& id) {
  const auto [first, inserted] = first_.try_emplace(id, std::string{noun}, at.line());
  if (inserted) return true;
  const auto& [first_noun, first_line] = first->second;
  const std::string where = " (first defined at line " + std::to_string(first_line) + ")";
  if (first_noun == noun) {
    at.report("duplicate " + std::string{noun} + " id '" + id + "'" + where);
  } else {
    at.report(std::string{noun} + " id '" + id + "' is already " + with_article(first_noun) + " id" + where);
  }
  return false;
}

}  // namespace faultline::io

namespace faultline::io {

bool PairDefinitions::define(const LocatedNode& at, std::string_view noun,
                             const std::array<std::string, 2>& pair) {
  auto key = std::minmax(pair[0], pair[1]);
  const auto [first, inserted] = first_line_.try_emplace({key.first, key.second}, at.line());
  if (inserted) return true;
  at.report("duplicate " + std::string{noun} + " between " + pair[0] + " and " + pair[1] +
            " (first defined at line " + std::to_string(first->second) + ")");
  return false;
}

}  // namespace faultline::io
