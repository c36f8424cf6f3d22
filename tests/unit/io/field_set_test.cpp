// Reading mappings through located nodes: positions, paths, duplicates, unknown and missing fields.
#include "faultline/io/field_set.hpp"

#include <gtest/gtest.h>

namespace faultline::io {
namespace {

// One YAML text read through a fresh sink; `problems()` lists what was reported.
class Reading {
 public:
  explicit Reading(const std::string& yaml) : document_(YAML::Load(yaml)), root_(document_, context_) {}

  [[nodiscard]] const LocatedNode& root() const { return root_; }
  std::vector<std::string> problems() {
    try {
      sink_.finish();
    } catch (const InputError& error) {
      std::vector<std::string> lines;
      for (const Diagnostic& d : error.diagnostics()) lines.push_back(d.to_string());
      return lines;
    }
    return {};
  }

 private:
  DiagnosticSink sink_{"t.yaml"};
  ReadContext context_{sink_};
  YAML::Node document_;
  LocatedNode root_;
};

TEST(MappingEntries, GivesEntriesInFileOrderWithPositionsAndPaths) {
  Reading reading{"b: 1\na:\n  x: [1, 2]\n"};
  const auto entries = mapping_entries(reading.root(), "a mapping");
  ASSERT_EQ(entries.size(), 2U);
  EXPECT_EQ(entries[0].key, "b");
  EXPECT_EQ(entries[0].value.path(), "b");
  EXPECT_EQ(entries[0].value.line(), 1);
  EXPECT_EQ(entries[0].value.column(), 4);
  EXPECT_EQ(entries[1].key_node.line(), 2);
  const auto inner = mapping_entries(entries[1].value, "a mapping");
  ASSERT_EQ(inner.size(), 1U);
  EXPECT_EQ(inner[0].value.path(), "a.x");
  EXPECT_EQ(inner[0].value.element(inner[0].value.node()[1], 1).path(), "a.x[1]");
  EXPECT_TRUE(reading.problems().empty());
}

TEST(MappingEntries, ANullValueSitsAtItsKey) {
  Reading reading{"a: 1\nsalience:\nz: 2\n"};
  const auto entries = mapping_entries(reading.root(), "a mapping");
  ASSERT_EQ(entries.size(), 3U);
  EXPECT_TRUE(entries[1].value.is_null());
  EXPECT_EQ(entries[1].value.line(), 2);  // yaml-cpp marks it at the next line's start
  EXPECT_EQ(entries[1].value.column(), 1);
}

TEST(MappingEntries, ReportsDuplicateAndNonScalarKeysAndNonMappings) {
  Reading reading{"a: 1\n? [k]\n: 2\na: 3\nlist: [1]\n"};
  const auto entries = mapping_entries(reading.root(), "a mapping");
  EXPECT_EQ(entries.size(), 2U);  // a (the first), list
  (void)mapping_entries(entries[1].value, "a mapping of things");
  EXPECT_EQ(reading.problems(),
            (std::vector<std::string>{"t.yaml:2:3: <key>: expected a name as key, got a list",
                                      "t.yaml:4:1: a: duplicate key 'a' (first at line 1)",
                                      "t.yaml:5:7: list: expected a mapping of things, got a list"}));
}

TEST(FieldSet, ReportsUnknownFieldsWithASuggestionOrTheAllowedList) {
  Reading reading{"{positon: 1, colour: red, salience: 0.5}"};
  const FieldSet fields{reading.root(), "a stance", {"position", "salience"}};
  EXPECT_TRUE(fields.is_mapping());
  EXPECT_TRUE(fields.has("salience"));
  EXPECT_FALSE(fields.has("positon"));
  EXPECT_FALSE(fields.required("position").has_value());
  EXPECT_EQ(reading.problems(),
            (std::vector<std::string>{
                "t.yaml:1:1: missing required field 'position'",
                "t.yaml:1:2: positon: unknown field 'positon'; did you mean 'position'?",
                "t.yaml:1:14: colour: unknown field 'colour'; expected one of position, salience"}));
}

TEST(FieldSet, ANonMappingIsReportedOnceAndHasNoFields) {
  Reading reading{"[1, 2]"};
  const FieldSet fields{reading.root(), "a stance {position, salience}", {"position"}};
  EXPECT_FALSE(fields.is_mapping());
  EXPECT_FALSE(fields.required("position").has_value());  // not reported again
  EXPECT_EQ(reading.problems(),
            (std::vector<std::string>{"t.yaml:1:1: expected a stance {position, salience}, got a list"}));
}

TEST(NamedById, RenamesAListElementByItsValidId) {
  Reading reading{"actors: [{id: musk}, {id: two words}, {name: x}]"};
  const auto actors = mapping_entries(reading.root(), "a mapping")[0].value;
  const auto& list = actors.node();
  EXPECT_EQ(named_by_id(actors.element(list[0], 0)).path(), "actors[musk]");
  EXPECT_EQ(named_by_id(actors.element(list[1], 1)).path(), "actors[1]");
  EXPECT_EQ(named_by_id(actors.element(list[2], 2)).path(), "actors[2]");
}

TEST(LocatedNode, DescribesWhatItHolds) {
  Reading reading{"[1.4, abc, '0.5', [x], {a: b}, ~]"};
  const auto& list = reading.root().node();
  std::vector<std::string> descriptions;
  for (std::size_t i = 0; i < list.size(); ++i)
    descriptions.push_back(reading.root().element(list[i], i).description());
  EXPECT_EQ(descriptions, (std::vector<std::string>{"1.4", "'abc'", "the string \"0.5\"", "a list",
                                                    "a mapping", "nothing"}));
}

}  // namespace
}  // namespace faultline::io
