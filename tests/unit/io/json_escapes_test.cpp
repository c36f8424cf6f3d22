#include "faultline/io/json_escapes.hpp"

#include <gtest/gtest.h>

#include "faultline/io/scenario_reader.hpp"

namespace faultline::io {
namespace {

TEST(WithYamlUnicodeEscapes, RewritesSurrogatePairs) {
  EXPECT_EQ(with_yaml_unicode_escapes(R"({"a": "x\ud83d\ude00y"})"), R"({"a": "x\U0001F600y"})");
  EXPECT_EQ(with_yaml_unicode_escapes(R"("\uD834\uDD1E")"), R"("\U0001D11E")");
}

TEST(WithYamlUnicodeEscapes, LeavesEverythingElseAlone) {
  EXPECT_EQ(with_yaml_unicode_escapes(R"("\u00e9 \n \" \/")"), R"("\u00e9 \n \" \/")");
  // An escaped backslash followed by text that looks like an escape is not an escape.
  EXPECT_EQ(with_yaml_unicode_escapes(R"("\\ud83d\ude00")"), R"("\\ud83d\ude00")");
  EXPECT_EQ(with_yaml_unicode_escapes(R"("\ud83d")"), R"("\ud83d")");
  EXPECT_EQ(with_yaml_unicode_escapes("\\"), "\\");
}

TEST(WithYamlUnicodeEscapes, LetsJsonNameCharactersBeyondTheBasicPlane) {
  const Scenario s = parse_scenario(R"({"faultline": 1, "title": "\ud83d\ude00 \u00e9",
    "time": {"start": "2025-01-01", "end": "2025-12-31"}, "actors": [{"id": "a"}]})",
                                    ScenarioFormat::json, "t.json");
  EXPECT_EQ(s.title, "\xF0\x9F\x98\x80 \xC3\xA9");
}

}  // namespace
}  // namespace faultline::io
