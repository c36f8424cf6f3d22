#include "faultline/io/diagnostic_sink.hpp"

#include <algorithm>
#include <limits>
#include <utility>

namespace faultline::io {

void DiagnosticSink::report(int line, int column, std::string path, std::string message) {
  diagnostics_.push_back(Diagnostic{file_, line, column, std::move(path), std::move(message)});
  if (diagnostics_.size() >= max_diagnostics) {
    abandon(0, 0, "", "too many problems; stopped after " + std::to_string(max_diagnostics));
  }
}

void DiagnosticSink::abandon(int line, int column, std::string path, std::string message) {
  diagnostics_.push_back(Diagnostic{file_, line, column, std::move(path), std::move(message)});
  throw ReadingAbandoned{};
}

void DiagnosticSink::finish() {
  if (diagnostics_.empty()) return;
  // Stable: problems at one position keep the order they were found in. Position-less notes go last.
  std::stable_sort(diagnostics_.begin(), diagnostics_.end(), [](const Diagnostic& a, const Diagnostic& b) {
    const auto key = [](const Diagnostic& d) {
      return std::pair{d.line == 0 ? std::numeric_limits<int>::max() : d.line, d.column};
    };
    return key(a) < key(b);
  });
  throw InputError(std::move(diagnostics_));
}

}  // namespace faultline::io
