#pragma once
// The alignment model's weights as command-line options, shared by every command that computes worth.

#include <CLI/CLI.hpp>

#include <optional>
#include <string>

#include "faultline/analysis/alignment_options.hpp"
#include "faultline/model/date.hpp"

namespace faultline::cli {

void add_alignment_flags(CLI::App& command, AlignmentOptions& options);

// Parses an ISO date given to `flag`; an InputError naming the flag when it is not one.
Date parse_date_flag(const std::string& flag, const std::string& text);

}  // namespace faultline::cli
