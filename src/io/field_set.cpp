#include "faultline/io/field_set.hpp"

#include <algorithm>

#include "faultline/io/did_you_mean.hpp"
#include "faultline/io/value_readers.hpp"
#include "faultline/io/yaml_document.hpp"

namespace faultline::io {

std::vector<MappingEntry> mapping_entries(const LocatedNode& at, std::string_view expected) {
  std::vector<MappingEntry> entries;
  if (at.is_null()) return entries;
  if (!at.is_map()) {
    at.report("expected " + std::string{expected} + ", got " + at.description());
    return entries;
  }
  // Entries by value: yaml-cpp's `it->first` goes through a temporary proxy that GCC 12 flags as dangling.
  for (const auto& pair : at.node()) {
    const YAML::Node& key_node = pair.first;
    if (!key_node.IsScalar()) {
      const LocatedNode bad_key = at.key(key_node, "<key>");
      bad_key.report("expected a name as key, got " + bad_key.description());
      continue;
    }
    const std::string& name = key_node.Scalar();
    const LocatedNode key = at.key(key_node, name);
    const auto first =
        std::find_if(entries.begin(), entries.end(), [&](const auto& e) { return e.key == name; });
    if (first != entries.end()) {
      key.report("duplicate key '" + name + "' (first at line " + std::to_string(first->key_node.line()) +
                 ")");
      continue;
    }
    entries.push_back(MappingEntry{name, key, at.member(key_node, pair.second, name)});
  }
  return entries;
}

LocatedNode named_by_id(const LocatedNode& element) {
  const YAML::Node id = first_value(element.node(), "id");
  const auto bracket = element.path().rfind('[');
  if (!id.IsScalar() || !is_valid_id(id.Scalar()) || bracket == std::string::npos) return element;
  return element.renamed(element.path().substr(0, bracket) + "[" + id.Scalar() + "]");
}

FieldSet::FieldSet(const LocatedNode& at, std::string_view expected,
                   const std::vector<std::string_view>& allowed)
    : at_(at), is_mapping_(at.is_map() || at.is_null()) {
  const std::vector<std::string> allowed_names(allowed.begin(), allowed.end());
  for (MappingEntry& entry : mapping_entries(at, expected)) {
    if (std::find(allowed_names.begin(), allowed_names.end(), entry.key) != allowed_names.end()) {
      known_.push_back(std::move(entry));
      continue;
    }
    std::string hint = did_you_mean(entry.key, allowed_names);
    if (hint.empty()) {
      hint = "; expected one of ";
      for (const std::string& name : allowed_names)
        hint.append(name == allowed_names.front() ? "" : ", ").append(name);
    }
    entry.key_node.report("unknown field '" + entry.key + "'" + hint);
  }
}

bool FieldSet::has(std::string_view name) const {
  return std::any_of(known_.begin(), known_.end(), [&](const MappingEntry& e) { return e.key == name; });
}

std::optional<LocatedNode> FieldSet::optional(std::string_view name) const {
  const auto found =
      std::find_if(known_.begin(), known_.end(), [&](const MappingEntry& e) { return e.key == name; });
  if (found == known_.end()) return std::nullopt;
  return found->value;
}

std::optional<LocatedNode> FieldSet::required(std::string_view name) const {
  auto found = optional(name);
  if (!found && is_mapping_) at_.report("missing required field '" + std::string{name} + "'");
  return found;
}

}  // namespace faultline::io
