#include "faultline/io/json_syntax.hpp"

#include <gtest/gtest.h>

#include <string>

namespace faultline::io {
namespace {

TEST(PositionOfOffset, CountsLinesAndOneBasedColumns) {
  const std::string text = "ab\ncd\n\nef";  // offsets: a0 b1 \n2 c3 d4 \n5 \n6 e7 f8
  EXPECT_EQ(position_of_offset(text, 0).line, 1);
  EXPECT_EQ(position_of_offset(text, 0).column, 1);
  EXPECT_EQ(position_of_offset(text, 1).column, 2);
  EXPECT_EQ(position_of_offset(text, 3).line, 2);
  EXPECT_EQ(position_of_offset(text, 3).column, 1);
  EXPECT_EQ(position_of_offset(text, 7).line, 4);
  EXPECT_EQ(position_of_offset(text, 7).column, 1);
  EXPECT_EQ(position_of_offset(text, 8).column, 2);
  // Past the end: the position just after the last byte.
  EXPECT_EQ(position_of_offset(text, 100).line, 4);
  EXPECT_EQ(position_of_offset(text, 100).column, 3);
}

TEST(JsonSyntaxError, AcceptsValidJson) {
  EXPECT_EQ(json_syntax_error(R"({"a": [1, 2.5, true, null, "x"]})", "f.json"), std::nullopt);
  EXPECT_EQ(json_syntax_error("[]", "f.json"), std::nullopt);
}

TEST(JsonSyntaxError, LocatesTheLastCharacterTheParserRead) {
  EXPECT_EQ(
      json_syntax_error("{\"a\": 1,\n \"b\": [2,]}", "f.json")->to_string(),
      "f.json:2:10: invalid JSON: syntax error while parsing value - unexpected ']'; expected '[', '{', or a "
      "literal");
  // An invalid literal is known to be one only once the character after it is read: here the line's end.
  const auto error = json_syntax_error("{\n  \"a\": 1,\n  \"b\": tru\n}", "f.json");
  ASSERT_TRUE(error.has_value());
  EXPECT_EQ(error->line, 3);
  EXPECT_EQ(error->column, 11);
}

TEST(JsonSyntaxError, RejectsWhatYamlWouldAccept) {
  // Comments, unquoted keys, single quotes and trailing commas are YAML but not JSON.
  EXPECT_NE(json_syntax_error("{a: 1}", "f.json"), std::nullopt);
  EXPECT_NE(json_syntax_error("{\"a\": 'x'}", "f.json"), std::nullopt);
  EXPECT_NE(json_syntax_error("[1, 2,]", "f.json"), std::nullopt);
  EXPECT_NE(json_syntax_error("# note\n{}", "f.json"), std::nullopt);
}

TEST(JsonSyntaxError, ReportsAnEmptyInputAtItsStart) {
  const auto error = json_syntax_error("", "f.json");
  ASSERT_TRUE(error.has_value());
  EXPECT_EQ(error->line, 1);
  EXPECT_EQ(error->column, 1);
}

}  // namespace
}  // namespace faultline::io
