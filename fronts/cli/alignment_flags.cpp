#include "alignment_flags.hpp"

#include "faultline/model/error.hpp"

namespace faultline::cli {

void add_alignment_flags(CLI::App& command, AlignmentOptions& options) {
  command.add_option("--values-weight", options.values_weight, "α: weight of value agreement in worth")
      ->capture_default_str()
      ->group("Model weights");
  command.add_option("--threat-weight", options.threat_weight, "β: weight of a common threat in worth")
      ->capture_default_str()
      ->group("Model weights");
  command.add_option("--issue-weight", options.issue_weight, "γ: cost of salience-weighted issue divergence")
      ->capture_default_str()
      ->group("Model weights");
  command.add_option("--power-weight", options.power_weight, "δ: weight of deference to a stronger partner")
      ->capture_default_str()
      ->group("Model weights");
  command
      .add_option("--active-salience", options.active_salience,
                  "joint salience from which a faultline is active")
      ->capture_default_str()
      ->check(CLI::Range(0.0, 1.0))
      ->group("Model weights");
}

Date parse_date_flag(const std::string& flag, const std::string& text) {
  if (auto date = Date::from_iso(text)) return *date;
  throw InputError(Diagnostic{.file = {},
                              .line = 0,
                              .column = 0,
                              .path = flag,
                              .message = "expected a date YYYY-MM-DD, got '" + text + "'"});
}

}  // namespace faultline::cli
