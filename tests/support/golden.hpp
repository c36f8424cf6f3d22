#pragma once
// Golden-file comparison. Set FAULTLINE_UPDATE_GOLDEN=1 to rewrite the files from the current output (then
// review the diff before committing).

#include <filesystem>
#include <string>

namespace faultline::testing {

std::filesystem::path source_path(const std::filesystem::path& relative);
std::string read_text(const std::filesystem::path& path);
void expect_matches_golden(const std::string& actual, const std::filesystem::path& golden_relative);

}  // namespace faultline::testing
