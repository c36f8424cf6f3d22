#include "faultline/io/declared_ids.hpp"

#include <gtest/gtest.h>

namespace faultline::io {
namespace {

constexpr std::string_view scenario = R"(
dimensions: [{id: fiscal}, {id: ethos}]
issues: [{id: budget_bill}]
actors: [{id: musk}, {id: trump}, {id: musk}, {name: no id}, plain]
)";

class DeclaredIdsTest : public ::testing::Test {
 protected:
  std::vector<std::string> problems() {
    try {
      sink_.finish();
    } catch (const InputError& error) {
      std::vector<std::string> lines;
      for (const Diagnostic& d : error.diagnostics()) lines.push_back(d.message);
      return lines;
    }
    return {};
  }

  YAML::Node document_ = YAML::Load(std::string{scenario});
  DiagnosticSink sink_{"t.yaml"};
  ReadContext context_{sink_};
  LocatedNode root_{document_, context_};
  DeclaredIds declared_ = DeclaredIds::collect(document_);
};

TEST_F(DeclaredIdsTest, CollectsTheIdsOfEverySection) {
  EXPECT_TRUE(declared_.is_actor("musk"));
  EXPECT_TRUE(declared_.is_actor("trump"));
  EXPECT_FALSE(declared_.is_actor("plain"));
  EXPECT_TRUE(declared_.is_topic(TopicKind::dimension, "ethos"));
  EXPECT_FALSE(declared_.is_topic(TopicKind::issue, "ethos"));
  EXPECT_TRUE(declared_.is_topic(TopicKind::issue, "budget_bill"));
  EXPECT_FALSE(DeclaredIds::collect(YAML::Load("[1]")).is_actor("1"));
}

TEST_F(DeclaredIdsTest, ChecksReferencesWithSuggestions) {
  EXPECT_TRUE(declared_.check_actor(root_, "musk"));
  EXPECT_FALSE(declared_.check_actor(root_, "trumpp"));
  EXPECT_FALSE(declared_.check_topic(root_, TopicKind::dimension, "budget_bill"));
  EXPECT_FALSE(declared_.check_topic(root_, TopicKind::issue, "fiscal"));
  EXPECT_FALSE(declared_.check_topic(root_, TopicKind::dimension, "etos"));
  EXPECT_TRUE(declared_.check_any_topic(root_, "budget_bill"));
  EXPECT_FALSE(declared_.check_any_topic(root_, "budget_bil"));
  EXPECT_EQ(problems(),
            (std::vector<std::string>{
                "unknown actor 'trumpp'; did you mean 'trump'?", "'budget_bill' is an issue, not a dimension",
                "'fiscal' is a dimension, not an issue", "unknown dimension 'etos'; did you mean 'ethos'?",
                "unknown dimension or issue 'budget_bil'; did you mean 'budget_bill'?"}));
}

TEST_F(DeclaredIdsTest, IdDefinitionsNameTheFirstDefinition) {
  IdDefinitions definitions;
  EXPECT_TRUE(definitions.define(root_, "dimension", "fiscal"));
  EXPECT_FALSE(definitions.define(root_, "dimension", "fiscal"));
  EXPECT_FALSE(definitions.define(root_, "issue", "fiscal"));
  EXPECT_TRUE(definitions.define(root_, "issue", "bill"));
  EXPECT_EQ(problems(), (std::vector<std::string>{
                            "duplicate dimension id 'fiscal' (first defined at line 2)",
                            "issue id 'fiscal' is already a dimension id (first defined at line 2)"}));
}

TEST_F(DeclaredIdsTest, PairDefinitionsIgnoreTheOrder) {
  PairDefinitions pairs;
  EXPECT_TRUE(pairs.define(root_, "tie", {"musk", "trump"}));
  EXPECT_FALSE(pairs.define(root_, "tie", {"trump", "musk"}));
  EXPECT_TRUE(pairs.define(root_, "tie", {"musk", "vance"}));
  EXPECT_EQ(problems(),
            (std::vector<std::string>{"duplicate tie between trump and musk (first defined at line 2)"}));
}

}  // namespace
}  // namespace faultline::io
