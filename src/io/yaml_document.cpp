#include "faultline/io/yaml_document.hpp"

#include <string>
#include <vector>

#include "faultline/model/error.hpp"

namespace faultline::io {

YAML::Node first_value(const YAML::Node& map, std::string_view key) {
  const YAML::Node absent{YAML::NodeType::Undefined};
  if (!map.IsMap()) return absent;
  // Entries by value: yaml-cpp's `it->first` goes through a temporary proxy that GCC 12 flags as dangling.
  for (const auto& entry : map) {
    if (entry.first.IsScalar() && entry.first.Scalar() == key) return entry.second;
  }
  return absent;
}

void check_scenario_size(std::size_t bytes, std::string_view file_name) {
  if (bytes > max_scenario_bytes) {
    throw InputError(Diagnostic{std::string{file_name}, 0, 0, "",
                                "file too large: " + std::to_string(bytes) + " bytes (the limit is " +
                                    std::to_string(max_scenario_bytes) + ")"});
  }
}

YAML::Node load_yaml_document(std::string_view text, std::string_view file_name) {
  check_scenario_size(text.size(), file_name);
  const std::string file{file_name};
  try {
    std::vector<YAML::Node> documents = YAML::LoadAll(std::string{text});
    if (documents.size() > 1) {
      const YAML::Mark mark = documents[1].Mark();
      throw InputError(Diagnostic{file, mark.line >= 0 ? mark.line + 1 : 0,
                                  mark.column >= 0 ? mark.column + 1 : 0, "",
                                  "expected one YAML document, found " + std::to_string(documents.size())});
    }
    return documents.empty() ? YAML::Node{} : documents.front();
  } catch (const YAML::Exception& error) {
    // yaml-cpp's `what()` repeats the position; `msg` is the bare reason. Marks are 0-based (-1 when
    // unknown).
    const int line = error.mark.line >= 0 ? error.mark.line + 1 : 0;
    const int column = error.mark.column >= 0 ? error.mark.column + 1 : 0;
    throw InputError(Diagnostic{file, line, column, "", "invalid YAML: " + error.msg});
  }
}

}  // namespace faultline::io
