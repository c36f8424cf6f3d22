#include "faultline/model/error.hpp"

#include <numeric>

namespace faultline {

std::string Diagnostic::to_string() const {
  // Built with append(): GCC 12 reports a false -Wrestrict on chained `+` of std::string at -O3.
  std::string text;
  if (!file.empty()) {
    text.append(file);
    if (line > 0) text.append(":").append(std::to_string(line)).append(":").append(std::to_string(column));
    text.append(": ");
  }
  if (!path.empty()) text.append(path).append(": ");
  return text.append(message);
}

namespace {
std::string joined(const std::vector<Diagnostic>& diagnostics) {
  return std::accumulate(diagnostics.begin(), diagnostics.end(), std::string{},
                         [](std::string all, const Diagnostic& d) {
                           return all.empty() ? d.to_string() : std::move(all) + "\n" + d.to_string();
                         });
}
}  // namespace

InputError::InputError(std::vector<Diagnostic> diagnostics)
    : Error(joined(diagnostics)), diagnostics_(std::move(diagnostics)) {}

InputError::InputError(Diagnostic diagnostic) : InputError(std::vector<Diagnostic>{std::move(diagnostic)}) {}

}  // namespace faultline
