#pragma once
// Edits to a scenario's *text*: each edit names a number by its field path and gives its new value, and
// exactly that number's characters are replaced. Everything else in the file (every other field, comments,
// layout, quoting) stays as written, so saving an edited scenario loses nothing.
//
// Paths are dot-separated: a mapping's key, or in a list the element whose `id` is the segment or the
// element at that 0-based index (`actors.musk.values.fiscal.salience`, `ties.0.flows.1.value`). A path that
// ends at an uncertain number `{value: …, sd: …}` edits its `value`.

#include <yaml-cpp/yaml.h>
#include <nlohmann/json.hpp>

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace faultline::server {

struct ScenarioEdit {
  std::string path;
  nlohmann::json value;  // a number
};

// A request the server cannot carry out as asked: a path that names no number, a value that is not one.
class EditError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The edits of a request body's `"edits": [{"path": …, "value": …}, …]` (absent: none).
[[nodiscard]] std::vector<ScenarioEdit> edits_from_json(const nlohmann::json& body);

// Where a number sits in the text: its byte offset and length.
struct ScalarSpan {
  std::size_t offset = 0;
  std::size_t length = 0;
};

// A scenario's text parsed once, to locate numbers in it and apply edits to it.
class ScenarioText {
 public:
  // Throws InputError when the text is not YAML (or JSON).
  ScenarioText(std::string_view text, std::string_view file_name);

  // The span of the plain number scalar at `path`; EditError when there is none.
  [[nodiscard]] ScalarSpan locate_number(std::string_view path) const;

  // The text with every edit applied (a later edit of the same number wins). The result is not validated:
  // read it with io::parse_scenario before using it.
  [[nodiscard]] std::string with_edits(const std::vector<ScenarioEdit>& edits) const;

 private:
  std::string text_;
  YAML::Node root_;
};

}  // namespace faultline::server
