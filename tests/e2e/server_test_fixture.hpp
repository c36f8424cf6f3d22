#pragma once
// `faultline serve` in-process for the server tests: a copy of the example scenarios in a scratch directory,
// the server on a free 127.0.0.1 port in its own thread, and an HTTP client talking to it over real HTTP.

#include <gtest/gtest.h>
#include <httplib.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>

#include "golden.hpp"
#include "server/web_server.hpp"

namespace faultline::testing {

class ServerTest : public ::testing::Test {
 protected:
  static constexpr std::size_t body_limit = 64 * 1024;

  void SetUp() override {
    static std::atomic<int> count{0};
    directory_ = std::filesystem::temp_directory_path() /
                 ("faultline-serve-" + std::to_string(::getpid()) + "-" + std::to_string(count++));
    std::filesystem::create_directories(directory_ / "served");
    for (const auto& entry : std::filesystem::directory_iterator{source_path("scenarios")}) {
      if (entry.path().extension() == ".yaml")
        std::filesystem::copy_file(entry.path(), served() / entry.path().filename());
    }
    server::ServerConfig config{.directory = served(), .max_body_bytes = body_limit};
    config.limits.stress_threads = 2;
    config.limits.max_runs = 50'000;
    server_ = std::make_unique<server::WebServer>(config);
    port_ = server_->bind("127.0.0.1", 0);
    thread_ = std::thread([this] { server_->run(); });
    while (!server_->is_running())
      std::this_thread::sleep_for(std::chrono::milliseconds(1));  // stop needs it
    client_ = std::make_unique<httplib::Client>("127.0.0.1", port_);
    client_->set_read_timeout(60, 0);
  }

  void TearDown() override {
    server_->stop();
    thread_.join();
    server_.reset();
    std::filesystem::remove_all(directory_);
  }

  [[nodiscard]] std::filesystem::path served() const { return directory_ / "served"; }
  [[nodiscard]] std::filesystem::path outside() const { return directory_; }
  [[nodiscard]] httplib::Client& client() { return *client_; }
  [[nodiscard]] int port() const { return port_; }

  // POST/PUT a JSON body; the response must have come back.
  httplib::Result post(const std::string& path, const std::string& body) {
    auto result = client_->Post(path, body, "application/json");
    EXPECT_TRUE(result) << "no response to POST " << path;
    return result;
  }
  httplib::Result put(const std::string& path, const std::string& body) {
    auto result = client_->Put(path, body, "application/json");
    EXPECT_TRUE(result) << "no response to PUT " << path;
    return result;
  }

  // Starts a stress job and polls it until it is no longer running; the final status.
  nlohmann::json run_stress_job(const std::string& scenario, const std::string& body) {
    auto started = post("/api/scenarios/" + scenario + "/stress", body);
    if (!started || started->status != 202) {
      ADD_FAILURE() << "stress did not start: " << (started ? started->body : "");
      return {};
    }
    const std::string id = nlohmann::json::parse(started->body).at("job");
    for (int attempt = 0; attempt < 6000; ++attempt) {
      auto polled = client_->Get("/api/jobs/" + id);
      if (!polled || polled->status != 200) {
        ADD_FAILURE() << "polling failed";
        return {};
      }
      nlohmann::json status = nlohmann::json::parse(polled->body);
      if (status.at("state") != "running") return status;
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    ADD_FAILURE() << "stress job " << id << " never finished";
    return {};
  }

 private:
  std::filesystem::path directory_;
  std::unique_ptr<server::WebServer> server_;
  std::thread thread_;
  int port_ = 0;
  std::unique_ptr<httplib::Client> client_;
};

}  // namespace faultline::testing
