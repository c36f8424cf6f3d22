// Saving over real HTTP: an edit changes exactly the numbers it names (every other byte, comments included,
// stays), the previous version is kept as FILE.bak, and concurrent saves to one file never corrupt it.
#include "faultline/io/scenario_reader.hpp"
#include "server_test_fixture.hpp"

namespace faultline::testing {
namespace {

const std::string musk = "musk-trump-2025.yaml";

TEST_F(ServerTest, SavingChangesOnlyTheEditedNumbersAndKeepsABackup) {
  const std::string original = read_text(served() / musk);
  auto result = put("/api/scenarios/" + musk,
                    R"({"edits": [{"path": "actors.musk.values.fiscal.salience", "value": 0.35},
                                  {"path": "actors.musk.capability", "value": 0.75}]})");
  ASSERT_TRUE(result);
  ASSERT_EQ(result->status, 200) << result->body;
  const std::string saved = read_text(served() / musk);
  // The expected file: the original with exactly those two numbers' characters replaced.
  std::string expected = original;
  const auto replace_first = [&expected](const std::string& from, const std::string& to) {
    const std::size_t at = expected.find(from);
    ASSERT_NE(at, std::string::npos) << from;
    expected.replace(at, from.size(), to);
  };
  replace_first("fiscal: {position: 0.9, salience: 0.8}", "fiscal: {position: 0.9, salience: 0.35}");
  replace_first("capability: {value: 0.7, sd: 0.15}", "capability: {value: 0.75, sd: 0.15}");
  ASSERT_NE(expected, original) << "the test's own replacement found its text";
  EXPECT_EQ(saved, expected);
  EXPECT_EQ(read_text(served() / (musk + ".bak")), original);

  const Scenario reread = io::read_scenario_file(served() / musk);
  EXPECT_DOUBLE_EQ(reread.find_actor("musk")->values.at("fiscal").salience.value, 0.35);
  EXPECT_DOUBLE_EQ(reread.find_actor("musk")->capability.value, 0.75);
  EXPECT_DOUBLE_EQ(reread.find_actor("musk")->capability.sd, 0.15);

  auto reopened = client().Get("/api/scenarios/" + musk);
  ASSERT_TRUE(reopened);
  bool found = false;
  const auto reopened_json = nlohmann::json::parse(reopened->body);
  for (const auto& field : reopened_json.at("fields")) {
    if (field.at("path") == "actors.musk.values.fiscal.salience") {
      found = true;
      EXPECT_EQ(field.at("value"), 0.35);
    }
  }
  EXPECT_TRUE(found);
}

TEST_F(ServerTest, ConcurrentSavesToOneFileNeverCorruptIt) {
  const std::string original = read_text(served() / musk);
  constexpr int writers = 8;
  constexpr int saves_each = 6;
  std::vector<std::thread> threads;
  std::atomic<int> succeeded{0};
  for (int writer = 0; writer < writers; ++writer) {
    threads.emplace_back([&, writer] {
      httplib::Client own{"127.0.0.1", port()};
      for (int save = 0; save < saves_each; ++save) {
        // Each writer moves its own number, so every save must survive in the final file.
        const std::string path =
            writer % 2 == 0 ? "actors.musk.values.fiscal.salience" : "actors.trump.threshold";
        const double value = 0.01 * (writer * saves_each + save + 1);
        const std::string body = nlohmann::json{{"edits", {{{"path", path}, {"value", value}}}}}.dump();
        auto result = own.Put("/api/scenarios/" + musk, body, "application/json");
        if (result && result->status == 200) ++succeeded;
        // Meanwhile a reader always finds a whole, valid scenario.
        const Scenario during = io::read_scenario_file(served() / musk);
        EXPECT_EQ(during.actors.size(), 6U);
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(succeeded, writers * saves_each);
  const Scenario final_state = io::read_scenario_file(served() / musk);
  EXPECT_EQ(final_state.id, "musk-trump-2025");
  // Only the two edited numbers differ from the original: same length modulo their digits, same lines.
  const std::string saved = read_text(served() / musk);
  EXPECT_EQ(std::count(saved.begin(), saved.end(), '\n'), std::count(original.begin(), original.end(), '\n'));
  for (const auto& entry : std::filesystem::directory_iterator{served()}) {
    EXPECT_EQ(entry.path().string().find(".tmp"), std::string::npos) << "no temporary file left behind";
  }
}

}  // namespace
}  // namespace faultline::testing
