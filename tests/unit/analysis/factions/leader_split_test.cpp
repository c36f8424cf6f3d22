// The leaders' split: minimum cut with margins, and spectral bisection, on a graph drawn by hand.
#include <gtest/gtest.h>

#include "faultline/analysis/leader_split.hpp"

namespace faultline {
namespace {

// Two triangles {a, x, y} and {b, z, w} joined by one weak tie y–z (weight 1); x also knows z a little (0.5).
SignedGraph two_clubs() {
  SignedGraphBuilder builder;
  for (const auto& [u, v, w] :
       std::initializer_list<std::tuple<const char*, const char*, double>>{{"a", "x", 3},
                                                                           {"a", "y", 3},
                                                                           {"x", "y", 2},
                                                                           {"b", "z", 3},
                                                                           {"b", "w", 3},
                                                                           {"z", "w", 2},
                                                                           {"y", "z", 1},
                                                                           {"x", "z", 0.5}})
    builder.add_arc(u, v, w);
  return std::move(builder).build();
}

TEST(LeaderSplit, MinimumCutSeparatesTheClubsAtTheWeakTies) {
  const SignedGraph graph = two_clubs();
  const int a = *graph.index_of("a");
  const int b = *graph.index_of("b");
  const LeaderSplit split = leader_split(graph, a, b);
  EXPECT_DOUBLE_EQ(split.cut_weight, 1.5);
  for (const char* id : {"a", "x", "y"})
    EXPECT_EQ(split.min_cut_sides[static_cast<std::size_t>(*graph.index_of(id))], 0);
  for (const char* id : {"b", "z", "w"})
    EXPECT_EQ(split.min_cut_sides[static_cast<std::size_t>(*graph.index_of(id))], 1);
  // Forcing y to b's side cuts a–y and x–y (5) instead of y–z (1): margin 5 + 0.5 − 1.5 = 4.
  EXPECT_DOUBLE_EQ(split.min_cut_margin[static_cast<std::size_t>(*graph.index_of("y"))], 4.0);
  EXPECT_EQ(split.disagreements, 0);
  EXPECT_GT(split.algebraic_connectivity, 0.0);
  EXPECT_LT(split.fiedler[static_cast<std::size_t>(a)], 0.0);  // oriented: leader A on the negative side
}

}  // namespace
}  // namespace faultline
