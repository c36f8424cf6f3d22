#pragma once
// A complete, canonical text form of a Scenario for tests: two scenarios are equal exactly when their dumps
// are (the model types declare no operator==), and a failing comparison shows the difference line by line.

#include <string>

#include "faultline/model/scenario.hpp"

namespace faultline::testing {

std::string dump(const Scenario& scenario);

}  // namespace faultline::testing
