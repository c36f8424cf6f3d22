#include "faultline/io/yaml_document.hpp"

#include <gtest/gtest.h>

#include "faultline/model/error.hpp"

namespace faultline::io {
namespace {

std::string load_error(const std::string& text) {
  try {
    (void)load_yaml_document(text, "f.yaml");
  } catch (const InputError& error) {
    return error.what();
  }
  return "";
}

TEST(LoadYamlDocument, LoadsOneDocument) {
  const YAML::Node node = load_yaml_document("a: 1\nb: [x]\n", "f.yaml");
  EXPECT_TRUE(node.IsMap());
  EXPECT_TRUE(load_yaml_document("", "f.yaml").IsNull());
  EXPECT_TRUE(load_yaml_document("---\na: 1\n...\n", "f.yaml").IsMap());  // explicit markers are fine
}

TEST(LoadYamlDocument, RefusesASecondDocument) {
  EXPECT_EQ(load_error("a: 1\n---\nb: 2\n"),
            "f.yaml:2:1: expected one YAML document, found a second one here");
}

TEST(LoadYamlDocument, RefusesAStrayCommaInsteadOfLoopingForever) {
  EXPECT_EQ(load_error(","), "f.yaml:1:1: invalid YAML: ',' outside a [list] or {mapping}");
  EXPECT_EQ(load_error("[1, 2],\n"), "f.yaml:1:7: invalid YAML: ',' outside a [list] or {mapping}");
}

TEST(LoadYamlDocument, LocatesSyntaxErrors) {
  EXPECT_EQ(load_error("a: [1, 2\n"), "f.yaml:2:1: invalid YAML: end of sequence flow not found");
  EXPECT_EQ(load_error(std::string(600, '[')), "f.yaml:1:1: invalid YAML: nested more than 499 levels deep");
}

TEST(CheckScenarioSize, RefusesOnlyWhatIsOverTheLimit) {
  EXPECT_NO_THROW(check_scenario_size(max_scenario_bytes, "f.yaml"));
  EXPECT_THROW(check_scenario_size(max_scenario_bytes + 1, "f.yaml"), InputError);
}

TEST(FirstValue, FindsTheFirstOfDuplicateKeysWithoutInserting) {
  const YAML::Node map = YAML::Load("{a: 1, b: 2, a: 3}");
  EXPECT_EQ(first_value(map, "a").Scalar(), "1");
  EXPECT_FALSE(first_value(map, "c"));
  EXPECT_EQ(map.size(), 3U);
  EXPECT_FALSE(first_value(YAML::Load("[a]"), "a"));  // not a mapping
}

}  // namespace
}  // namespace faultline::io
