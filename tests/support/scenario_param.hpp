#pragma once
// Test suites parameterised by a scenario path under scenarios/ ("history/opec-plus-2016"): the parameter as
// a gtest name ("history_opec_plus_2016").

#include <gtest/gtest.h>

#include <string>

namespace faultline::testing {

inline std::string scenario_test_name(const ::testing::TestParamInfo<std::string>& scenario) {
  std::string name = scenario.param;
  for (char& c : name) {
    if (c == '-' || c == '/') c = '_';
  }
  return name;
}

}  // namespace faultline::testing
