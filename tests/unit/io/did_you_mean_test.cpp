#include "faultline/io/did_you_mean.hpp"

#include <gtest/gtest.h>

namespace faultline::io {
namespace {

TEST(EditDistance, CountsInsertionsDeletionsAndSubstitutions) {
  EXPECT_EQ(edit_distance("", ""), 0U);
  EXPECT_EQ(edit_distance("abc", ""), 3U);
  EXPECT_EQ(edit_distance("", "abc"), 3U);
  EXPECT_EQ(edit_distance("salince", "salience"), 1U);  // one insertion
  EXPECT_EQ(edit_distance("kitten", "sitting"), 3U);    // two substitutions and an insertion
  EXPECT_EQ(edit_distance("trump", "trump"), 0U);
}

TEST(EditDistance, CountsAnAdjacentTranspositionAsOneEdit) {
  EXPECT_EQ(edit_distance("flwo", "flow"), 1U);
  EXPECT_EQ(edit_distance("muks", "musk"), 1U);
  EXPECT_EQ(edit_distance("ab", "ba"), 1U);
}

TEST(ClosestName, SuggestsTheNearestNameWithinAThirdOfTheWord) {
  const std::vector<std::string> fields{"position", "salience"};
  EXPECT_EQ(closest_name("salince", fields), "salience");
  EXPECT_EQ(closest_name("postion", fields), "position");
  EXPECT_EQ(closest_name("volume", fields), std::nullopt);
  // A one-letter slip is always close enough, even in a short word.
  EXPECT_EQ(closest_name("ab", std::vector<std::string>{"ac", "zz"}), "ac");
}

TEST(ClosestName, PrefersTheFirstCandidateOnTies) {
  EXPECT_EQ(closest_name("cat", std::vector<std::string>{"bat", "hat"}), "bat");
  EXPECT_EQ(closest_name("anything", std::vector<std::string>{}), std::nullopt);
}

TEST(DidYouMean, FormatsTheSuggestionOrNothing) {
  const std::vector<std::string> actors{"musk", "trump"};
  EXPECT_EQ(did_you_mean("trumpp", actors), "; did you mean 'trump'?");
  EXPECT_EQ(did_you_mean("democrats", actors), "");
}

}  // namespace
}  // namespace faultline::io
