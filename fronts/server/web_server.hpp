#pragma once
// `faultline serve`: the page and the JSON API (docs/api.md) over HTTP, on 127.0.0.1 unless told otherwise.
// Bodies over `max_body_bytes` are refused (413), unknown routes are 404, and every error is JSON
// {"error": …}. On a loopback address, requests whose Host header names another host are refused (403), so a
// web page elsewhere cannot reach the API through DNS rebinding.

#include <cstddef>
#include <filesystem>
#include <memory>
#include <string>

#include "server/scenario_api.hpp"

namespace faultline::server {

struct ServerConfig {
  std::filesystem::path directory;           // the scenarios offered
  std::size_t max_body_bytes = 1024 * 1024;  // larger request bodies are refused with 413
  ApiLimits limits;
};

class WebServer {
 public:
  // Throws faultline::Error when the directory is not one.
  explicit WebServer(const ServerConfig& config);
  WebServer(const WebServer&) = delete;
  WebServer& operator=(const WebServer&) = delete;
  ~WebServer();

  // Binds `host:port` (port 0: any free port) and returns the port; throws faultline::Error when it cannot.
  int bind(const std::string& host, int port);
  // Serves until `stop` (from another thread or a signal handler's thread).
  void run();
  // True once `run` accepts connections (a `stop` before then is lost).
  [[nodiscard]] bool is_running() const;
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace faultline::server
