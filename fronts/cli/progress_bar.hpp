#pragma once
// A progress bar on stderr for long Monte-Carlo runs; silent when stderr is not a terminal, so pipes, files
// and tests see nothing.

#include <chrono>
#include <cstdint>

#include "faultline/analysis/monte_carlo.hpp"

namespace faultline::cli {

class ProgressBar {
 public:
  ProgressBar();  // enabled when stderr is a terminal
  ProgressBar(const ProgressBar&) = delete;
  ProgressBar& operator=(const ProgressBar&) = delete;
  ~ProgressBar();  // clears the bar's line

  // A callback for the analysis; valid while this bar lives.
  [[nodiscard]] ProgressFunction callback();

 private:
  void draw(std::uint64_t done, std::uint64_t total);

  bool enabled_ = false;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point started_;
};

}  // namespace faultline::cli
