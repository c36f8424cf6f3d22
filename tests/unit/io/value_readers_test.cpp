#include "faultline/io/value_readers.hpp"

#include <gtest/gtest.h>

namespace faultline::io {
namespace {

TEST(ParseNumber, ReadsPlainDecimalNumbers) {
  EXPECT_EQ(parse_number("0.5"), 0.5);
  EXPECT_EQ(parse_number("-1"), -1.0);
  EXPECT_EQ(parse_number("+0.25"), 0.25);  // YAML's explicit sign, used for deltas
  EXPECT_EQ(parse_number("2e-3"), 0.002);
  EXPECT_EQ(parse_number(".5"), 0.5);
}

TEST(ParseNumber, RejectsEverythingElse) {
  EXPECT_EQ(parse_number(""), std::nullopt);
  EXPECT_EQ(parse_number("+"), std::nullopt);
  EXPECT_EQ(parse_number("+-1"), std::nullopt);
  EXPECT_EQ(parse_number("0.5x"), std::nullopt);
  EXPECT_EQ(parse_number("high"), std::nullopt);
  EXPECT_EQ(parse_number("nan"), std::nullopt);
  EXPECT_EQ(parse_number("inf"), std::nullopt);
  EXPECT_EQ(parse_number("1e999"), std::nullopt);  // out of double's range
  EXPECT_EQ(parse_number(" 1"), std::nullopt);
}

TEST(NumberRange, DescribesItselfAsMessagesSayIt) {
  EXPECT_EQ(position_range.describe(), "a number in [-1, 1]");
  EXPECT_EQ(unit_range.describe(), "a number in [0, 1]");
  EXPECT_EQ(non_negative.describe(), "a number >= 0");
  EXPECT_EQ(any_number.describe(), "a number");
  EXPECT_TRUE(position_range.contains(-1.0));
  EXPECT_TRUE(position_range.contains(1.0));
  EXPECT_FALSE(position_range.contains(1.0000001));
}

TEST(IsValidId, AllowsLettersDigitsAndThreeMarks) {
  EXPECT_TRUE(is_valid_id("musk"));
  EXPECT_TRUE(is_valid_id("gop_congress"));
  EXPECT_TRUE(is_valid_id("musk-trump.2025"));
  EXPECT_FALSE(is_valid_id(""));
  EXPECT_FALSE(is_valid_id("two words"));
  EXPECT_FALSE(is_valid_id("a,b"));
  EXPECT_FALSE(is_valid_id("x]"));
}

}  // namespace
}  // namespace faultline::io
