#pragma once
// Reading mappings. `mapping_entries` walks any mapping (reporting a non-mapping, non-scalar keys and
// duplicate keys); `FieldSet` reads a mapping with a fixed set of field names, reporting unknown fields with
// a "did you mean" and missing required ones.

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "faultline/io/located_node.hpp"

namespace faultline::io {

struct MappingEntry {
  std::string key;
  LocatedNode key_node;  // where the key is written
  LocatedNode value;
};

// The entries of a mapping in file order, duplicates left out (and reported). `expected` completes "expected
// …" when the node is not a mapping (e.g. "a mapping of dimension ids to {position, salience}"). A null node
// (the field written with no value) is an empty mapping.
std::vector<MappingEntry> mapping_entries(const LocatedNode& at, std::string_view expected);

// A list element that has a valid `id` field, renamed from `list[3]` to `list[id]`, so that paths name things
// the way the file does (`actors[musk].values.fiscal`); the element unchanged otherwise.
LocatedNode named_by_id(const LocatedNode& element);

class FieldSet {
 public:
  // `expected` as for mapping_entries; `allowed` are the field names this mapping may carry.
  FieldSet(const LocatedNode& at, std::string_view expected, std::initializer_list<std::string_view> allowed)
      : FieldSet(at, expected, std::vector<std::string_view>(allowed)) {}
  FieldSet(const LocatedNode& at, std::string_view expected, const std::vector<std::string_view>& allowed);

  // Whether the node was a mapping at all (when not, it was reported and every field reads as absent).
  [[nodiscard]] bool is_mapping() const noexcept { return is_mapping_; }
  [[nodiscard]] bool has(std::string_view name) const;
  [[nodiscard]] std::optional<LocatedNode> optional(std::string_view name) const;
  // Reports "missing required field 'name'" at the mapping when absent.
  [[nodiscard]] std::optional<LocatedNode> required(std::string_view name) const;
  // The mapping itself.
  [[nodiscard]] const LocatedNode& at() const noexcept { return at_; }

 private:
  LocatedNode at_;
  bool is_mapping_ = false;
  std::vector<MappingEntry> known_;
};

}  // namespace faultline::io
