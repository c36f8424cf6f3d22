// The historical calibration cases (scenarios/history/, docs/stress.md) and their known outcomes: a coalition
// held by a common enemy breaks once the enemy is gone, a transactional pact breaks when its exchange dries
// up, a values-based alliance endures a crisis. The default dynamics were chosen so that all three hold.
#include <gtest/gtest.h>

#include "faultline/analysis/stress.hpp"
#include "faultline/io/scenario_reader.hpp"
#include "golden.hpp"

namespace faultline::testing {
namespace {

Date day(const char* iso) {
  return *Date::from_iso(iso);
}

StressResult forecast(const std::string& file, std::optional<Date> as_of = {},
                      std::optional<Date> horizon = {}) {
  StressOptions options;
  options.runs = 4000;
  options.seed = 1;
  options.threads = 2;
  options.as_of = as_of;
  options.horizon = horizon;
  return run_stress(io::read_scenario_file(source_path("scenarios/history/" + file)), options);
}

TEST(History, CommonEnemyCoalitionHoldsWhileTheEnemyStandsAndBreaksAfter) {
  // As of June 1945, Japan's surrender unknown: the front is expected to last the year out.
  const StressResult before = forecast("second-united-front-1937.yaml", day("1945-06-01"), day("1946-06-26"));
  EXPECT_LT(before.ties[0].p_fracture, 0.25);
  // With the surrender: the front breaks before the observed civil war, and the lost threat is why.
  const StressResult after = forecast("second-united-front-1937.yaml");
  const TieForecast& tie = after.ties[0];
  EXPECT_GT(tie.p_fracture, 0.8);
  ASSERT_TRUE(tie.median_fracture);
  EXPECT_GE(*tie.median_fracture, day("1945-08-15"));
  ASSERT_FALSE(tie.triggers.empty());
  EXPECT_EQ(tie.triggers.front().what, "threat");
}

TEST(History, TransactionalPactHoldsWhileRenewedAndBreaksWhenTheExchangeDriesUp) {
  const StressResult before = forecast("opec-plus-2016.yaml", day("2019-12-01"), day("2020-03-06"));
  EXPECT_LT(before.ties[0].p_fracture, 0.1);
  const StressResult after = forecast("opec-plus-2016.yaml");
  const TieForecast& tie = after.ties[0];
  EXPECT_GT(tie.p_fracture, 0.5);
  ASSERT_TRUE(tie.median_fracture);
  EXPECT_GE(*tie.median_fracture, day("2020-01-27"));
  ASSERT_FALSE(tie.triggers.empty());
  EXPECT_EQ(tie.triggers.front().what.substr(0, 5), "flow:");
}

TEST(History, ValuesAllianceEnduresTheCrisis) {
  const StressResult result = forecast("us-uk-suez-1956.yaml");
  EXPECT_LT(result.ties[0].p_fracture, 0.05);
}

TEST(History, TheSameCrisisBreaksThePurelyTransactionalRemainder) {
  // The counterfactual that shows what carried the alliance: the same flows and the same crisis, without the
  // shared values and the common enemy.
  Scenario scenario = io::read_scenario_file(source_path("scenarios/history/us-uk-suez-1956.yaml"));
  for (Actor& actor : scenario.actors) actor.values.clear();
  for (Relation& relation : scenario.relations) {
    if (relation.between[0] == "ussr" || relation.between[1] == "ussr") relation.sign = {0.0, 0.0};
  }
  StressOptions options;
  options.runs = 4000;
  options.threads = 2;
  const double without_values = run_stress(scenario, options).ties[0].p_fracture;
  EXPECT_GT(without_values, 0.5);
  EXPECT_GT(without_values, forecast("us-uk-suez-1956.yaml").ties[0].p_fracture + 0.2);
}

}  // namespace
}  // namespace faultline::testing
