// libFuzzer target for the scenario parser: any input must either parse or raise faultline::Error, never
// crash, hang or trip a sanitizer. Built with clang by `make fuzz`; its corpus replays in the test suite.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "faultline/io/scenario_reader.hpp"
#include "faultline/model/error.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text{reinterpret_cast<const char*>(data), size};
  for (auto format : {faultline::io::ScenarioFormat::yaml, faultline::io::ScenarioFormat::json}) {
    try {
      (void)faultline::io::parse_scenario(text, format, "fuzz.yaml");
    } catch (const faultline::Error&) {
      // Rejected input is the expected outcome for most fuzz inputs.
    }
  }
  return 0;
}
