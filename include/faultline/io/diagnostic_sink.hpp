#pragma once
// Collects the problems found while reading one input, so a reader reports *every* problem instead of the
// first. Past a cap the input is hopeless and reading stops; `finish` throws one InputError with everything,
// sorted by position so the list reads top to bottom.

#include <cstddef>
#include <string>
#include <vector>

#include "faultline/model/error.hpp"

namespace faultline::io {

// Thrown inside a reader to abandon the walk (too many problems, or an input too large after alias
// expansion); the reader catches it and still reports what it collected.
struct ReadingAbandoned {};

class DiagnosticSink {
 public:
  static constexpr std::size_t max_diagnostics = 100;

  explicit DiagnosticSink(std::string file) : file_(std::move(file)) {}

  // `line` and `column` are 1-based (0: position unknown). Throws ReadingAbandoned once the cap is reached.
  void report(int line, int column, std::string path, std::string message);
  // A final note that ends the walk (e.g. the input is too large), then ReadingAbandoned.
  [[noreturn]] void abandon(int line, int column, std::string path, std::string message);

  [[nodiscard]] const std::string& file() const noexcept { return file_; }
  [[nodiscard]] bool empty() const noexcept { return diagnostics_.empty(); }
  [[nodiscard]] std::size_t size() const noexcept { return diagnostics_.size(); }

  // Throws InputError with every diagnostic, ordered by line and column, if there is any.
  void finish();

 private:
  std::string file_;
  std::vector<Diagnostic> diagnostics_;
};

}  // namespace faultline::io
