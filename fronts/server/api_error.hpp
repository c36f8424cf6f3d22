#pragma once
// The one error a request handler throws: an HTTP status and what to say, sent as {"error": …} (plus
// `diagnostics` when a scenario is invalid).

#include <nlohmann/json.hpp>

#include <stdexcept>
#include <string>

namespace faultline::server {

class ApiError : public std::runtime_error {
 public:
  ApiError(int status, const std::string& message, nlohmann::json details = nullptr)
      : std::runtime_error(message), status_(status), details_(std::move(details)) {}

  [[nodiscard]] int status() const noexcept { return status_; }
  [[nodiscard]] const nlohmann::json& details() const noexcept { return details_; }

 private:
  int status_;
  nlohmann::json details_;
};

}  // namespace faultline::server
