#pragma once
// Stress tests run in the background, so the page can show progress: starting one returns a job id at once,
// and the job's status (runs done of the total, then the result or the error) is polled by id. A few jobs run
// at a time; finished ones are kept until newer ones push them out.

#include <nlohmann/json.hpp>

#include <cstddef>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>

#include "faultline/analysis/monte_carlo.hpp"

namespace faultline::server {

class StressJobs {
 public:
  // What a job computes: the result JSON (and, when asked, the report's HTML sections showing it).
  struct Outcome {
    nlohmann::ordered_json result;
    std::string html;
  };
  // Computes the outcome, reporting progress as it goes.
  using Work = std::function<Outcome(const ProgressFunction& progress)>;

  static constexpr std::size_t max_running = 2;
  static constexpr std::size_t max_kept = 32;

  StressJobs() = default;
  StressJobs(const StressJobs&) = delete;
  StressJobs& operator=(const StressJobs&) = delete;
  ~StressJobs();  // waits for the running jobs

  // Starts `work` on its own thread and returns its id; ApiError 429 when `max_running` jobs are running.
  [[nodiscard]] std::string start(Work work);

  // {"job", "state": "running"|"done"|"failed", "done", "total", and "result" (and "html") or
  // "error"}; ApiError 404 for
  // an unknown id.
  [[nodiscard]] nlohmann::ordered_json status(std::string_view id) const;

 private:
  struct Job;
  void forget_finished_beyond_limit();  // the caller holds mutex_

  mutable std::mutex mutex_;
  std::map<std::string, std::shared_ptr<Job>, std::less<>> jobs_;
  std::size_t next_id_ = 1;
};

}  // namespace faultline::server
