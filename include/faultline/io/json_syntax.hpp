#pragma once
// Strict JSON syntax check. The reader parses JSON files with yaml-cpp (JSON is YAML flow syntax, and
// yaml-cpp keeps positions), but YAML accepts much that JSON does not, so a .json file must first pass this
// check.

#include <optional>
#include <string_view>

#include "faultline/model/error.hpp"

namespace faultline::io {

// 1-based line and column of a byte offset into `text` (columns count bytes).
struct TextPosition {
  int line = 1;
  int column = 1;
};
TextPosition position_of_offset(std::string_view text, std::size_t offset);

// The first syntax error of `text` as strict JSON, located; nullopt when it is valid JSON.
std::optional<Diagnostic> json_syntax_error(std::string_view text, std::string_view file_name);

}  // namespace faultline::io
