#pragma once
// JSON writes a character beyond U+FFFF as a UTF-16 surrogate pair of escapes (`\ud83d\ude00`); yaml-cpp
// reads each
// `\u` escape on its own and rejects the halves. YAML's `\U0001F600` names the same character, so valid JSON
// is rewritten that way before yaml-cpp reads it. A rewritten pair is two bytes shorter: columns after it on
// its line shift left by 2 (rare, and only on lines with such characters).

#include <string>
#include <string_view>

namespace faultline::io {

// `json` with every surrogate-pair escape replaced by the equivalent `\UXXXXXXXX`; everything else unchanged.
// Expects text that passed json_syntax_error (so `\` only appears inside strings).
std::string with_yaml_unicode_escapes(std::string_view json);

}  // namespace faultline::io
