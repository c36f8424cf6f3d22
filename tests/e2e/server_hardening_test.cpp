// What the server refuses, over real HTTP: names that reach outside the served directory, bodies over the
// limit, malformed JSON, edits that name no number or make the scenario invalid, unknown routes and jobs.
// Every refusal is a JSON {"error": …} with the right status, and nothing on disk changes.
#include <fstream>

#include "server_test_fixture.hpp"

namespace faultline::testing {
namespace {

std::string error_of(const httplib::Result& result) {
  return result ? nlohmann::json::parse(result->body).at("error").get<std::string>() : "";
}

TEST_F(ServerTest, RefusesNamesThatReachOutsideTheDirectory) {
  {
    std::ofstream secret{outside() / "secret.yaml"};
    secret << "faultline: 1\n";
  }
  std::filesystem::create_symlink(outside() / "secret.yaml", served() / "link.yaml");
  for (const std::string name :
       {"..%2Fsecret.yaml", "%2E%2E%2Fsecret.yaml", "..", "..%2F..%2Fetc%2Fpasswd", "link.yaml",
        "missing.yaml", "musk-trump-2025.yaml.bak", ".hidden.yaml", "%2Fetc%2Fpasswd"}) {
    auto opened = client().Get("/api/scenarios/" + name);
    ASSERT_TRUE(opened) << name;
    EXPECT_TRUE(opened->status == 400 || opened->status == 403 || opened->status == 404)
        << name << " -> " << opened->status;
    EXPECT_FALSE(error_of(opened).empty()) << name;
    auto saved = put("/api/scenarios/" + name, "{}");
    EXPECT_GE(saved->status, 400) << name;
  }
  auto via_link = client().Get("/api/scenarios/link.yaml");
  EXPECT_EQ(via_link->status, 403);
  EXPECT_EQ(read_text(outside() / "secret.yaml"), "faultline: 1\n");
}

TEST_F(ServerTest, RefusesABodyOverTheLimitWith413) {
  const std::string original = read_text(served() / "musk-trump-2025.yaml");
  const std::string huge = R"({"edits": [], "padding": ")" + std::string(body_limit + 1, 'x') + "\"}";
  auto result = put("/api/scenarios/musk-trump-2025.yaml", huge);
  ASSERT_TRUE(result);
  EXPECT_EQ(result->status, 413);
  EXPECT_NE(error_of(result).find("too large"), std::string::npos);
  EXPECT_EQ(read_text(served() / "musk-trump-2025.yaml"), original);
}

TEST_F(ServerTest, MalformedJsonIs400WithAClearMessage) {
  for (const std::string body : {"{\"edits\": [", "not json", "[1, 2]", "{\"edits\": 3}",
                                 R"({"edits": [{"path": "actors.musk.threshold"}]})",
                                 R"({"edits": [{"path": "actors.musk.threshold", "value": "high"}]})",
                                 R"({"as_of": "last tuesday"})"}) {
    auto result = post("/api/scenarios/musk-trump-2025.yaml/analyze", body);
    ASSERT_TRUE(result);
    EXPECT_EQ(result->status, 400) << body;
    EXPECT_FALSE(error_of(result).empty()) << body;
  }
  EXPECT_NE(error_of(post("/api/scenarios/musk-trump-2025.yaml/analyze", "{oops")).find("malformed JSON"),
            std::string::npos);
}

TEST_F(ServerTest, AnEditPathThatNamesNoNumberIs400) {
  for (const std::string path : {"actors.nobody.threshold", "actors.musk.values.fiscal", "title",
                                 "actors.musk.values.fiscal.salience.extra", "ties.9.flows.0.value", ""}) {
    auto result = post("/api/scenarios/musk-trump-2025.yaml/analyze",
                       nlohmann::json{{"edits", {{{"path", path}, {"value", 0.5}}}}}.dump());
    ASSERT_TRUE(result);
    EXPECT_EQ(result->status, 400) << path << ": " << result->body;
    EXPECT_NE(error_of(result).find(path), std::string::npos) << "the message names the edit";
  }
}

TEST_F(ServerTest, AnEditThatMakesTheScenarioInvalidIs422WithDiagnosticsAndIsNotSaved) {
  const std::string original = read_text(served() / "musk-trump-2025.yaml");
  const std::string body = R"({"edits": [{"path": "actors.musk.values.fiscal.salience", "value": 1.7}]})";
  const auto expect_diagnostics = [](const httplib::Result& result) {
    ASSERT_TRUE(result);
    EXPECT_EQ(result->status, 422);
    const auto error = nlohmann::json::parse(result->body);
    ASSERT_FALSE(error.at("diagnostics").empty());
    EXPECT_EQ(error.at("diagnostics")[0].at("path"), "actors[musk].values.fiscal.salience");
    EXPECT_GT(error.at("diagnostics")[0].at("line").get<int>(), 0);
  };
  expect_diagnostics(post("/api/scenarios/musk-trump-2025.yaml/analyze", body));
  expect_diagnostics(put("/api/scenarios/musk-trump-2025.yaml", body));
  EXPECT_EQ(read_text(served() / "musk-trump-2025.yaml"), original);
  EXPECT_FALSE(std::filesystem::exists(served() / "musk-trump-2025.yaml.bak"));
}

TEST_F(ServerTest, UnknownRoutesAndJobsAre404) {
  for (const std::string path : {"/api/nothing", "/api/scenarios/musk-trump-2025.yaml/explode", "/admin",
                                 "/api/jobs/12345", "/web/../etc/passwd"}) {
    auto result = client().Get(path);
    ASSERT_TRUE(result) << path;
    EXPECT_EQ(result->status, 404) << path;
    EXPECT_FALSE(error_of(result).empty()) << path;
  }
  auto deleted = client().Delete("/api/scenarios/musk-trump-2025.yaml");
  ASSERT_TRUE(deleted);
  EXPECT_EQ(deleted->status, 404);
}

TEST_F(ServerTest, RefusesRequestsAddressedToAnotherHost) {
  auto rebound = client().Get("/api/scenarios", {{"Host", "attacker.example:" + std::to_string(port())}});
  ASSERT_TRUE(rebound);
  EXPECT_EQ(rebound->status, 403);
  EXPECT_NE(error_of(rebound).find("127.0.0.1"), std::string::npos);
  for (const std::string host : {"localhost", "127.0.0.1:1234", "[::1]:80"}) {
    auto allowed = client().Get("/api/scenarios", {{"Host", host}});
    ASSERT_TRUE(allowed);
    EXPECT_EQ(allowed->status, 200) << host;
  }
}

TEST_F(ServerTest, RefusesAStressTestOverTheRunLimit) {
  auto result = post("/api/scenarios/musk-trump-2025.yaml/stress", R"({"runs": 100000000})");
  ASSERT_TRUE(result);
  EXPECT_EQ(result->status, 400);
  EXPECT_NE(error_of(result).find("runs"), std::string::npos);
}

TEST_F(ServerTest, ServesThePageWithoutAnythingFromElsewhere) {
  for (const std::string path : {"/", "/app.js", "/style.css"}) {
    auto result = client().Get(path);
    ASSERT_TRUE(result) << path;
    EXPECT_EQ(result->status, 200) << path;
    EXPECT_FALSE(result->body.empty()) << path;
    EXPECT_EQ(result->body.find("http://"), std::string::npos) << path << " loads nothing from the network";
    EXPECT_EQ(result->body.find("https://"), std::string::npos) << path << " loads nothing from the network";
  }
}

}  // namespace
}  // namespace faultline::testing
