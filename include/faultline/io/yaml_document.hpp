#pragma once
// Loading the text of a scenario into a YAML node tree, with every failure (size, syntax, nesting) turned
// into a located InputError rather than a yaml-cpp exception.

#include <yaml-cpp/yaml.h>

#include <cstddef>
#include <string_view>

namespace faultline::io {

// Larger inputs are refused: no scenario comes close, and it bounds the parser's time and memory.
inline constexpr std::size_t max_scenario_bytes = 4 * 1024 * 1024;

// Throws InputError naming `file_name` when an input of `bytes` bytes is over the limit.
void check_scenario_size(std::size_t bytes, std::string_view file_name);

// Parses one YAML document (JSON is accepted as YAML flow syntax). Throws InputError naming `file_name`.
YAML::Node load_yaml_document(std::string_view text, std::string_view file_name);

// The first value of `key` in a mapping, or an undefined node (false in a condition); never inserts (a
// non-const `node[key]` would) and never throws. yaml-cpp keeps duplicate keys, which the readers report;
// lookups take the first.
YAML::Node first_value(const YAML::Node& map, std::string_view key);

}  // namespace faultline::io
