// The CSV edge-list and node-file reader: column detection, the weight rule, label matching, and every bad
// row reported with its line and column.
#include <gtest/gtest.h>

#include "faultline/io/edge_list.hpp"
#include "faultline/model/error.hpp"

namespace faultline::io {
namespace {

std::vector<Diagnostic> diagnostics_of(const std::function<void()>& read) {
  try {
    read();
  } catch (const InputError& error) {
    return error.diagnostics();
  }
  return {};
}

TEST(EdgeList, SignTimesWeightWithExtraColumnsAndQuotes) {
  const EdgeList list = parse_edge_list(
      "period,source,target,sign,weight\n"
      "x,\"a, Inc.\",b,-1,2.5\n"
      "x,b,c,1,3\r\n"
      "\n"
      "x,c,a,0,1\n",
      "e.csv");
  ASSERT_EQ(list.arcs.size(), 2U);  // the sign-0 row carries no tie
  EXPECT_EQ(list.arcs[0].source, "a, Inc.");
  EXPECT_DOUBLE_EQ(list.arcs[0].weight, -2.5);
  EXPECT_DOUBLE_EQ(list.arcs[1].weight, 3.0);
}

TEST(EdgeList, WeightAloneMayBeNegativeAndSignsOnlyKeepsTheSign) {
  EdgeListOptions options;
  options.signs_only = true;
  const EdgeList list = parse_edge_list("from,to,rating\n1,2,-7\n2,3,4\n", "ratings.csv", options);
  ASSERT_EQ(list.arcs.size(), 2U);
  EXPECT_DOUBLE_EQ(list.arcs[0].weight, -1.0);
  EXPECT_DOUBLE_EQ(list.arcs[1].weight, 1.0);
  EXPECT_DOUBLE_EQ(parse_edge_list("source,target\nu,v\n", "plain.csv").arcs[0].weight, 1.0);
}

TEST(EdgeList, EveryBadRowIsReportedWithLineAndColumn) {
  const auto diagnostics = diagnostics_of(
      [] { (void)parse_edge_list("source,target,sign\na,b,1\nb,c,minus\n,d,1\nd,a\n", "bad.csv"); });
  ASSERT_EQ(diagnostics.size(), 3U);
  EXPECT_EQ(diagnostics[0].file, "bad.csv");
  EXPECT_EQ(diagnostics[0].line, 3);
  EXPECT_EQ(diagnostics[0].column, 5);
  EXPECT_EQ(diagnostics[1].line, 4);
  EXPECT_EQ(diagnostics[2].line, 5);
}

TEST(EdgeList, MissingColumnsAndNegativeWeightsWithASignAreErrors) {
  EXPECT_THROW((void)parse_edge_list("a,b\n1,2\n", "x.csv"), InputError);
  const auto diagnostics =
      diagnostics_of([] { (void)parse_edge_list("source,target,sign,weight\na,b,1,-2\n", "w.csv"); });
  ASSERT_EQ(diagnostics.size(), 1U);
  EXPECT_EQ(diagnostics[0].line, 2);
}

TEST(EdgeList, NodeFileColumnsAndDuplicates) {
  const auto nodes = parse_node_file("id,name,group_k3,size\n1,Gavev,1,2.5\n2,Kotun,1,1\n", "n.csv");
  ASSERT_EQ(nodes.size(), 2U);
  EXPECT_EQ(nodes[0].label, "Gavev");
  EXPECT_EQ(nodes[0].group, "1");
  EXPECT_DOUBLE_EQ(nodes[0].size, 2.5);
  const auto diagnostics =
      diagnostics_of([] { (void)parse_node_file("id,label\na,A\nb,B\na,C\n", "dup.csv"); });
  ASSERT_EQ(diagnostics.size(), 1U);
  EXPECT_EQ(diagnostics[0].line, 4);
  EXPECT_NE(diagnostics[0].message.find("line 2"), std::string::npos);
}

TEST(EdgeList, GroupColumnCanBeNamed) {
  EdgeListOptions options;
  options.group_column = "club_after_split";
  const auto nodes = parse_node_file("node,node0,club_after_split\n1,0,Mr. Hi\n", "k.csv", options);
  ASSERT_EQ(nodes.size(), 1U);
  EXPECT_EQ(nodes[0].id, "1");
  EXPECT_EQ(nodes[0].group, "Mr. Hi");
}

}  // namespace
}  // namespace faultline::io
