#pragma once
// A numeric input with its uncertainty: the value the scenario gives and a standard deviation (the scenario's
// default sd when the file gives a bare number). The stress engine samples around `value` with `sd`.

namespace faultline {

struct Uncertain {
  double value = 0.0;
  double sd = 0.0;
};

}  // namespace faultline
