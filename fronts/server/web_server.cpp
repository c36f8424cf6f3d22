#include "server/web_server.hpp"

#include <httplib.h>

#include <functional>

#include "faultline/model/error.hpp"
#include "faultline/report/html_report.hpp"
#include "server/api_error.hpp"
#include "server/web_assets.hpp"

namespace faultline::server {
namespace {

constexpr const char* json_type = "application/json";

void send_json(httplib::Response& response, int status, const nlohmann::ordered_json& body) {
  response.status = status;
  response.set_content(body.dump(2) + "\n", json_type);
}

void send_error(httplib::Response& response, int status, const std::string& message,
                const nlohmann::json& details = nullptr) {
  nlohmann::ordered_json body{{"error", message}};
  if (!details.is_null()) body["diagnostics"] = details;
  send_json(response, status, body);
}

// Runs a handler and turns whatever it throws into a JSON error with the right status.
using Handler = std::function<void(const httplib::Request&, httplib::Response&)>;

Handler guarded(Handler handler) {
  return [handler = std::move(handler)](const httplib::Request& request, httplib::Response& response) {
    try {
      handler(request, response);
    } catch (const ApiError& error) {
      send_error(response, error.status(), error.what(), error.details());
    } catch (const InputError& error) {
      send_error(response, 422,
                 error.diagnostics().empty() ? error.what() : error.diagnostics().front().to_string());
    } catch (const std::exception& error) {
      send_error(response, 500, std::string{"internal error: "} + error.what());
    }
  };
}

// A route's JSON answer: 200 with `make()`'s result.
Handler json_route(std::function<nlohmann::ordered_json(const httplib::Request&)> make) {
  return guarded([make = std::move(make)](const httplib::Request& request, httplib::Response& response) {
    send_json(response, 200, make(request));
  });
}

bool is_loopback(std::string_view host) {
  return host == "127.0.0.1" || host == "localhost" || host == "::1";
}

// The host name of a Host header (`127.0.0.1:8080`, `[::1]:8080`, `localhost`), without the port.
std::string_view host_name(std::string_view header) {
  if (header.starts_with('[')) return header.substr(1, header.find(']') - 1);
  return header.substr(0, header.find(':'));
}

std::string match(const httplib::Request& request, std::size_t index) {
  return request.matches[static_cast<int>(index)].str();
}

}  // namespace

struct WebServer::Impl {
  explicit Impl(const ServerConfig& config) : store(config.directory), api(store, jobs, config.limits) {}

  ScenarioStore store;
  StressJobs jobs;  // declared before the server: destroyed after it stops taking requests
  ScenarioApi api;
  httplib::Server http;
  bool loopback_only = true;  // bound to 127.0.0.1, localhost or ::1 (set by bind, before run)
};

WebServer::WebServer(const ServerConfig& config) : impl_(std::make_unique<Impl>(config)) {
  httplib::Server& http = impl_->http;
  ScenarioApi& api = impl_->api;
  http.set_payload_max_length(config.max_body_bytes);
  // On a loopback address only requests addressed to it are served: a web page elsewhere whose name an
  // attacker points at 127.0.0.1 (DNS rebinding) sends its own Host header and is refused.
  http.set_pre_routing_handler(
      [impl = impl_.get()](const httplib::Request& request, httplib::Response& response) {
        if (!impl->loopback_only || is_loopback(host_name(request.get_header_value("Host")))) {
          return httplib::Server::HandlerResponse::Unhandled;
        }
        send_error(response, 403, "requests must be addressed to 127.0.0.1 or localhost");
        return httplib::Server::HandlerResponse::Handled;
      });

  const std::string scenario = R"(/api/scenarios/([^/]+))";
  http.Get("/api/scenarios", json_route([&api](const auto&) { return api.list(); }));
  http.Get(scenario, json_route([&api](const auto& request) { return api.open(match(request, 1)); }));
  http.Put(scenario,
           json_route([&api](const auto& request) { return api.save(match(request, 1), request.body); }));
  http.Post(scenario + "/analyze",
            json_route([&api](const auto& request) { return api.analyze(match(request, 1), request.body); }));
  http.Post(scenario + "/stress",
            guarded([&api](const httplib::Request& request, httplib::Response& response) {
              send_json(response, 202, api.start_stress(match(request, 1), request.body));
            }));
  http.Post(scenario + "/report",
            guarded([&api](const httplib::Request& request, httplib::Response& response) {
              response.set_content(api.report(match(request, 1), request.body), "text/html; charset=utf-8");
            }));
  http.Get(R"(/api/jobs/([^/]+))",
           json_route([&api](const auto& request) { return api.job(match(request, 1)); }));
  http.Get("/report.css", [](const httplib::Request&, httplib::Response& response) {
    response.set_content(std::string{report::html_report_css()}, "text/css; charset=utf-8");
  });
  http.Get(R"(/[^/]*)", [](const httplib::Request& request, httplib::Response& response) {
    if (const auto asset = web_asset(request.path)) {
      response.set_content(std::string{asset->content}, std::string{asset->content_type}.c_str());
    } else {
      response.status = 404;
    }
  });

  // Whatever the routes leave without a body (an unknown route, a body over the limit) gets a JSON error.
  const std::size_t limit = config.max_body_bytes;
  http.set_error_handler(httplib::Server::HandlerWithResponse{[limit](const httplib::Request& request,
                                                                      httplib::Response& response) {
    if (!response.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
    if (response.status == 413) {
      send_error(response, 413, "request body too large (the limit is " + std::to_string(limit) + " bytes)");
    } else if (response.status == 404) {
      send_error(response, 404, "no such route: " + request.method + " " + request.path);
    } else {
      send_error(response, response.status,
                 "the request failed (HTTP " + std::to_string(response.status) + ")");
    }
    return httplib::Server::HandlerResponse::Handled;
  }});
  http.set_exception_handler([](const httplib::Request&, httplib::Response& response, std::exception_ptr) {
    send_error(response, 500, "internal error");
  });
}

WebServer::~WebServer() {
  stop();
}

int WebServer::bind(const std::string& host, int port) {
  impl_->loopback_only = is_loopback(host);
  if (port == 0) {
    const int bound = impl_->http.bind_to_any_port(host);
    if (bound <= 0) throw Error("cannot listen on " + host);
    return bound;
  }
  if (!impl_->http.bind_to_port(host, port))
    throw Error("cannot listen on " + host + ":" + std::to_string(port));
  return port;
}

void WebServer::run() {
  impl_->http.listen_after_bind();
}

bool WebServer::is_running() const {
  return impl_->http.is_running();
}

void WebServer::stop() {
  impl_->http.stop();
}

}  // namespace faultline::server
