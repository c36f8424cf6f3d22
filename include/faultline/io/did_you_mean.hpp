#pragma once
// "Did you mean" suggestions for misspelt names: the closest allowed name by edit distance, when it is close
// enough to be a plausible typo.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace faultline::io {

// Edit distance counting insertions, deletions, substitutions and transpositions of adjacent letters (each
// costs 1: `salince` is one edit from `salience`, `flwo` one from `flow`). This is the
// optimal-string-alignment distance.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate nearest to `word`, if within max(1, |word| / 3) edits (the first one on ties, so output is
// stable).
std::optional<std::string> closest_name(std::string_view word, const std::vector<std::string>& candidates);

// "; did you mean 'x'?" or "" when nothing is close: appended to "unknown …" messages.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace faultline::io
