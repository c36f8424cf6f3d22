#include "faultline/model/date.hpp"

#include <gtest/gtest.h>

#include "faultline/model/error.hpp"

namespace faultline {
namespace {

TEST(Date, ParsesAndFormatsIsoDates) {
  EXPECT_EQ(Date::from_iso("1970-01-01")->days(), 0);
  EXPECT_EQ(Date::from_iso("2025-06-05")->to_iso(), "2025-06-05");
  EXPECT_EQ(days_between(*Date::from_iso("2024-07-01"), *Date::from_iso("2025-07-01")), 365);
  EXPECT_EQ(Date::from_iso("2024-02-29")->to_iso(), "2024-02-29");
}

TEST(Date, RejectsWhatIsNotACalendarDate) {
  for (const char* bad :
       {"2025-02-29", "2025-13-01", "2025-6-5", "20250605", "2025-06-05T00", "abcd-ef-gh", ""}) {
    EXPECT_FALSE(Date::from_iso(bad).has_value()) << bad;
  }
}

TEST(Diagnostic, FormatsLocationPathAndMessage) {
  EXPECT_EQ(
      (Diagnostic{"s.yaml", 3, 7, "actors[musk].capability", "expected a number >= 0, got -1"}.to_string()),
      "s.yaml:3:7: actors[musk].capability: expected a number >= 0, got -1");
  EXPECT_EQ((Diagnostic{"s.yaml", 0, 0, "", "cannot open"}.to_string()), "s.yaml: cannot open");
  const InputError error{{Diagnostic{"f", 1, 1, "a", "x"}, Diagnostic{"f", 2, 1, "b", "y"}}};
  EXPECT_STREQ(error.what(), "f:1:1: a: x\nf:2:1: b: y");
}

}  // namespace
}  // namespace faultline
