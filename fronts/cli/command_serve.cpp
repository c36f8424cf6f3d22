// `faultline serve [--dir DIR] [--port P] [--host H]`: the web UI and its JSON API (docs/api.md) on
// http://127.0.0.1:P/. Everything it does lives in fronts/server; this file only reads the options, reports
// where it listens and stops cleanly on Ctrl-C or SIGTERM.
#include <csignal>
#include <iostream>
#include <thread>

#include "command.hpp"
#include "server/web_server.hpp"

namespace faultline::cli {
namespace {

struct ServeArguments {
  std::string directory = FAULTLINE_EXAMPLES_DIR;
  std::string host = "127.0.0.1";
  int port = 8080;
  std::size_t max_body_bytes = 1024 * 1024;
};

int run_serve(const ServeArguments& args) {
  // SIGINT and SIGTERM are waited for by one thread (blocked everywhere else), which stops the server.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  server::ServerConfig config{.directory = args.directory, .max_body_bytes = args.max_body_bytes};
  config.limits.stress_threads = static_cast<int>(std::max(1U, std::thread::hardware_concurrency()));
  server::WebServer web{config};
  const int port = web.bind(args.host, args.port);
  if (args.host != "127.0.0.1" && args.host != "localhost" && args.host != "::1") {
    std::cerr << "warning: listening on " << args.host
              << ": anyone who can reach it can read and change the scenarios (there is no login)\n";
  }
  std::cout << "faultline serve: http://" << args.host << ":" << port << "/ (scenarios in " << args.directory
            << "; Ctrl-C stops)" << std::endl;

  std::thread stopper([&web, stop_signals] {
    int received = 0;
    sigwait(&stop_signals, &received);
    web.stop();
  });
  web.run();
  if (stopper.joinable()) {
    pthread_kill(stopper.native_handle(), SIGTERM);  // the server stopped by itself: release the waiter
    stopper.join();
  }
  return 0;
}

CommandRun setup_serve(CLI::App& command) {
  auto args = std::make_shared<ServeArguments>();
  command.add_option("--dir", args->directory, "directory of scenario files to offer")->capture_default_str();
  command.add_option("--port", args->port, "TCP port (0: any free port, printed at start)")
      ->capture_default_str()
      ->check(CLI::Range(0, 65535));
  command.add_option("--host", args->host, "address to listen on (only this machine by default)")
      ->capture_default_str();
  command.add_option("--max-body", args->max_body_bytes, "largest request body accepted, in bytes")
      ->capture_default_str();
  return [args] { return run_serve(*args); };
}

const RegisterCommand registered{
    {"serve", "the web UI: open a scenario, move its numbers, watch the analysis and forecast change", 90,
     setup_serve}};

}  // namespace
}  // namespace faultline::cli
