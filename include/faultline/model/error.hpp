#pragma once
// The one exception hierarchy of faultline. Front ends catch `Error`, print its message and exit non-zero;
// `InputError` (exit code 2) carries every problem found in an input, each with its location.

#include <stdexcept>
#include <string>
#include <vector>

namespace faultline {

class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Where a problem sits in an input file: 1-based line and column, and the field path
// (`actors[2].values.fiscal`).
struct Diagnostic {
  std::string file;
  int line = 0;
  int column = 0;
  std::string path;
  std::string message;

  // "file:line:column: path: message" (parts that are unknown are left out).
  [[nodiscard]] std::string to_string() const;
};

class InputError : public Error {
 public:
  explicit InputError(std::vector<Diagnostic> diagnostics);
  explicit InputError(Diagnostic diagnostic);
  [[nodiscard]] const std::vector<Diagnostic>& diagnostics() const noexcept { return diagnostics_; }

 private:
  std::vector<Diagnostic> diagnostics_;
};

}  // namespace faultline
