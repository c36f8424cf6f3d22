#include "faultline/io/diagnostic_sink.hpp"

#include <gtest/gtest.h>

namespace faultline::io {
namespace {

std::vector<std::string> finished(DiagnosticSink& sink) {
  try {
    sink.finish();
  } catch (const InputError& error) {
    std::vector<std::string> lines;
    for (const Diagnostic& d : error.diagnostics()) lines.push_back(d.to_string());
    return lines;
  }
  return {};
}

TEST(DiagnosticSink, FinishesQuietlyWhenNothingWasReported) {
  DiagnosticSink sink{"f.yaml"};
  EXPECT_TRUE(sink.empty());
  EXPECT_NO_THROW(sink.finish());
}

TEST(DiagnosticSink, SortsByPositionKeepingTheOrderOfEqualPositionsAndNotesWithoutOneLast) {
  DiagnosticSink sink{"f.yaml"};
  sink.report(9, 1, "b", "late");
  sink.report(0, 0, "", "no position");
  sink.report(2, 5, "a", "second at 2:5");
  sink.report(2, 5, "a", "third at 2:5");
  sink.report(2, 1, "a", "first");
  EXPECT_EQ(finished(sink), (std::vector<std::string>{"f.yaml:2:1: a: first", "f.yaml:2:5: a: second at 2:5",
                                                      "f.yaml:2:5: a: third at 2:5", "f.yaml:9:1: b: late",
                                                      "f.yaml: no position"}));
}

TEST(DiagnosticSink, AbandonsTheReadAtTheCap) {
  DiagnosticSink sink{"f.yaml"};
  for (std::size_t i = 1; i < DiagnosticSink::max_diagnostics; ++i) sink.report(1, 1, "", "problem");
  EXPECT_THROW(sink.report(1, 1, "", "one too many"), ReadingAbandoned);
  const auto lines = finished(sink);
  ASSERT_EQ(lines.size(), DiagnosticSink::max_diagnostics + 1);
  EXPECT_EQ(lines.back(), "f.yaml: too many problems; stopped after 100");
}

TEST(DiagnosticSink, AbandonRecordsItsReasonAndThrows) {
  DiagnosticSink sink{"f.yaml"};
  EXPECT_THROW(sink.abandon(3, 4, "x", "input too large"), ReadingAbandoned);
  EXPECT_EQ(finished(sink), (std::vector<std::string>{"f.yaml:3:4: x: input too large"}));
}

}  // namespace
}  // namespace faultline::io
