#include "golden.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace faultline::testing {

std::filesystem::path source_path(const std::filesystem::path& relative) {
  return std::filesystem::path{FAULTLINE_SOURCE_DIR} / relative;
}

std::string read_text(const std::filesystem::path& path) {
  std::ifstream in{path, std::ios::binary};
  if (!in) throw std::runtime_error("cannot read " + path.string());
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

void expect_matches_golden(const std::string& actual, const std::filesystem::path& golden_relative) {
  const auto golden = source_path(golden_relative);
  if (std::getenv("FAULTLINE_UPDATE_GOLDEN") != nullptr) {
    std::filesystem::create_directories(golden.parent_path());
    std::ofstream{golden, std::ios::binary} << actual;
    return;
  }
  ASSERT_TRUE(std::filesystem::exists(golden)) << golden << " is missing; run with FAULTLINE_UPDATE_GOLDEN=1";
  EXPECT_EQ(actual, read_text(golden)) << "output differs from " << golden;
}

}  // namespace faultline::testing
