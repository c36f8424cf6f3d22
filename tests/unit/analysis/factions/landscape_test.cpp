// Landscape energy and its local minima, on inputs small enough to enumerate by hand.
#include <gtest/gtest.h>

#include "faultline/analysis/landscape.hpp"

namespace faultline {
namespace {

SignedGraph actors(std::initializer_list<std::pair<const char*, double>> sizes,
                   std::initializer_list<std::tuple<const char*, const char*, double>> propensities) {
  SignedGraphBuilder builder;
  for (const auto& [id, size] : sizes) builder.add_node({id, id, std::nullopt, size});
  for (const auto& [a, b, p] : propensities) builder.add_arc(a, b, p);
  return std::move(builder).build();
}

TEST(Landscape, EnergySumsOrderedPairsAcrossTheDivide) {
  const SignedGraph graph =
      actors({{"a", 2}, {"b", 3}, {"c", 5}}, {{"a", "b", 1}, {"b", "c", -1}, {"a", "c", -2}});
  // {a, b} vs {c}: pairs across are b–c (−1) and a–c (−2); E = 2·(3·5·(−1) + 2·5·(−2)) = −70.
  EXPECT_DOUBLE_EQ(landscape_energy(graph, Sides{0, 0, 1}), -70.0);
  EXPECT_DOUBLE_EQ(landscape_energy(graph, Sides{0, 0, 0}), 0.0);
}

TEST(Landscape, FindsEveryMinimumWithItsBasin) {
  const SignedGraph graph =
      actors({{"a", 2}, {"b", 3}, {"c", 5}}, {{"a", "b", 1}, {"b", "c", -1}, {"a", "c", -2}});
  const LandscapeResult result = landscape(graph);
  EXPECT_TRUE(result.exhaustive);
  EXPECT_TRUE(result.basins_exact);
  EXPECT_EQ(result.configurations, 4U);
  ASSERT_FALSE(result.minima.empty());
  EXPECT_DOUBLE_EQ(result.minima.front().energy, -70.0);
  EXPECT_EQ(result.minima.front().sides, (Sides{0, 0, 1}));
  double basins = 0.0;
  for (const LandscapeMinimum& minimum : result.minima) basins += minimum.basin;
  EXPECT_DOUBLE_EQ(basins, 1.0);  // every configuration descends somewhere
}

TEST(Landscape, FrustratedTriangleHasThreeEqualMinima) {
  // Three mutually hostile actors of equal size: any 2-vs-1 split leaves one hostile pair together.
  const SignedGraph graph =
      actors({{"a", 1}, {"b", 1}, {"c", 1}}, {{"a", "b", -1}, {"b", "c", -1}, {"a", "c", -1}});
  const LandscapeResult result = landscape(graph);
  ASSERT_EQ(result.minima.size(), 3U);
  for (const LandscapeMinimum& minimum : result.minima) EXPECT_DOUBLE_EQ(minimum.energy, -4.0);
}

TEST(Landscape, SampledDescentsFindTheSameMinimaAsEnumeration) {
  const SignedGraph graph =
      actors({{"a", 2}, {"b", 3}, {"c", 5}, {"d", 1}},
             {{"a", "b", 1}, {"b", "c", -1}, {"a", "c", -2}, {"c", "d", 2}, {"a", "d", -1}});
  LandscapeOptions sampled;
  sampled.exhaustive_max_actors = 2;  // force local search
  sampled.samples = 2000;
  const LandscapeResult exhaustive = landscape(graph);
  const LandscapeResult local = landscape(graph, sampled);
  EXPECT_FALSE(local.exhaustive);
  ASSERT_FALSE(local.minima.empty());
  EXPECT_DOUBLE_EQ(local.minima.front().energy, exhaustive.minima.front().energy);
  EXPECT_EQ(local.minima.front().sides, exhaustive.minima.front().sides);
}

TEST(Landscape, ParallelEnumerationFindsTheSameMinimaAsTheBasinPass) {
  // 14 actors with pseudo-random sizes and propensities: many local minima.
  SignedGraphBuilder builder;
  std::uint64_t state = 99;
  auto next = [&state] {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return state >> 33U;
  };
  for (int i = 0; i < 14; ++i)
    builder.add_node({std::to_string(i), {}, std::nullopt, 1.0 + static_cast<double>(next() % 9)});
  for (int i = 0; i < 14; ++i)
    for (int j = i + 1; j < 14; ++j)
      if (const double p = static_cast<double>(next() % 5) - 2.0; p != 0.0)
        builder.add_arc(std::to_string(i), std::to_string(j), p);
  const SignedGraph graph = std::move(builder).build();
  const LandscapeResult with_basins = landscape(graph);
  LandscapeOptions parallel;
  parallel.exact_basin_max_actors = 4;
  parallel.threads = 3;
  parallel.samples = 500;
  const LandscapeResult minima_only = landscape(graph, parallel);
  EXPECT_TRUE(with_basins.basins_exact);
  EXPECT_FALSE(minima_only.basins_exact);
  ASSERT_EQ(with_basins.minima.size(), minima_only.minima.size());
  for (std::size_t m = 0; m < with_basins.minima.size(); ++m) {
    EXPECT_NEAR(with_basins.minima[m].energy, minima_only.minima[m].energy, 1e-6);
    EXPECT_NEAR(landscape_energy(graph, minima_only.minima[m].sides), minima_only.minima[m].energy, 1e-6);
  }
  EXPECT_GT(with_basins.minima.size(), 1U);
}

}  // namespace
}  // namespace faultline
