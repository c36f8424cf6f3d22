#include "faultline/io/yaml_document.hpp"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>

#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "faultline/model/error.hpp"

namespace faultline::io {

namespace {

// Parser events that only note where each document starts.
class DocumentStarts final : public YAML::EventHandler {
 public:
  void OnDocumentStart(const YAML::Mark& mark) override { starts_.push_back(mark); }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {}
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {
  }
  void OnMapEnd() override {}

  [[nodiscard]] const std::vector<YAML::Mark>& starts() const noexcept { return starts_; }

 private:
  std::vector<YAML::Mark> starts_;
};

// Where a second document starts, if there is one. Not YAML::LoadAll: on a stray `,` outside brackets
// yaml-cpp 0.7 reads an empty document before it and never consumes it, so LoadAll loops forever (found by
// the fuzzer). Asking for at most two documents ends that.
std::optional<YAML::Mark> second_document_start(const std::string& text) {
  std::istringstream stream{text};
  YAML::Parser parser{stream};
  DocumentStarts handler;
  for (int documents = 0; documents < 2 && parser.HandleNextDocument(handler); ++documents) {
  }
  if (handler.starts().size() < 2) return std::nullopt;
  return handler.starts()[1];
}

}  // namespace

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
  const std::string owned{text};
  try {
    if (const auto mark = second_document_start(owned)) {
      const bool stray_comma = mark->pos >= 0 && static_cast<std::size_t>(mark->pos) < owned.size() &&
                               owned[static_cast<std::size_t>(mark->pos)] == ',';
      throw InputError(Diagnostic{file, mark->line + 1, mark->column + 1, "",
                                  stray_comma ? "invalid YAML: ',' outside a [list] or {mapping}"
                                              : "expected one YAML document, found a second one here"});
    }
    return YAML::Load(owned);
  } catch (const YAML::DeepRecursion& error) {
    // yaml-cpp stops at a fixed depth (500 in 0.7) but says only "bad file".
    throw InputError(
        Diagnostic{file, error.mark.line + 1, error.mark.column + 1, "",
                   "invalid YAML: nested more than " + std::to_string(error.depth() - 1) + " levels deep"});
  } catch (const YAML::Exception& error) {
    // yaml-cpp's `what()` repeats the position; `msg` is the bare reason. Marks are 0-based (-1 when
    // unknown).
    const int line = error.mark.line >= 0 ? error.mark.line + 1 : 0;
    const int column = error.mark.column >= 0 ? error.mark.column + 1 : 0;
    throw InputError(Diagnostic{file, line, column, "", "invalid YAML: " + error.msg});
  }
}

}  // namespace faultline::io
