// `faultline demo`: the embedded Musk–Trump scenario, analysed end to end with no file needed.
#include <iostream>

#include "command.hpp"
#include "faultline/analysis/alignment.hpp"
#include "faultline/analysis/timeline.hpp"
#include "faultline/report/alignment_text.hpp"
#include "scenario_source.hpp"

namespace faultline::cli {
namespace {

CommandRun setup_demo(CLI::App&) {
  return [] {
    const Scenario scenario = load_scenario("");
    std::cout << report::alignment_text(analyze_alignment(scenario), scenario);
    return 0;
  };
}

const RegisterCommand registered{
    {"demo", "run every analysis on the embedded Musk–Trump scenario", 0, setup_demo}};

}  // namespace
}  // namespace faultline::cli
