#include "server/stress_jobs.hpp"

#include <algorithm>
#include <exception>

#include "faultline/model/error.hpp"
#include "server/api_error.hpp"

namespace faultline::server {

struct StressJobs::Job {
  std::size_t number = 0;
  std::thread thread;
  std::string state = "running";  // guarded by StressJobs::mutex_, like every field below
  std::uint64_t done = 0;
  std::uint64_t total = 0;
  Outcome outcome;
  nlohmann::ordered_json error;
};

StressJobs::~StressJobs() {
  std::map<std::string, std::shared_ptr<Job>, std::less<>> jobs;
  {
    const std::lock_guard guard{mutex_};
    jobs = jobs_;
  }
  for (auto& [id, job] : jobs) {
    if (job->thread.joinable()) job->thread.join();
  }
}

std::string StressJobs::start(Work work) {
  const std::lock_guard guard{mutex_};
  const auto running = std::count_if(jobs_.begin(), jobs_.end(),
                                     [](const auto& entry) { return entry.second->state == "running"; });
  if (static_cast<std::size_t>(running) >= max_running) {
    throw ApiError(429, "too many stress tests running; try again when one has finished");
  }
  auto job = std::make_shared<Job>();
  job->number = next_id_++;
  const std::string id = std::to_string(job->number);
  jobs_.emplace(id, job);
  forget_finished_beyond_limit();
  job->thread = std::thread([this, job, work = std::move(work)] {
    const ProgressFunction progress = [this, job](std::uint64_t done, std::uint64_t total) {
      const std::lock_guard progress_guard{mutex_};
      job->done = done;
      job->total = total;
    };
    Outcome outcome;
    nlohmann::ordered_json error;
    try {
      outcome = work(progress);
    } catch (const InputError& e) {
      nlohmann::ordered_json diagnostics = nlohmann::ordered_json::array();
      for (const Diagnostic& diagnostic : e.diagnostics()) diagnostics.push_back(diagnostic.to_string());
      error = {{"error", "the scenario is invalid"}, {"diagnostics", diagnostics}};
    } catch (const std::exception& e) {
      error = {{"error", e.what()}};
    }
    const std::lock_guard done_guard{mutex_};
    job->state = error.is_null() ? "done" : "failed";
    job->outcome = std::move(outcome);
    job->error = std::move(error);
  });
  return id;
}

nlohmann::ordered_json StressJobs::status(std::string_view id) const {
  const std::lock_guard guard{mutex_};
  const auto found = jobs_.find(id);
  if (found == jobs_.end()) throw ApiError(404, "no stress job '" + std::string{id} + "'");
  const Job& job = *found->second;
  nlohmann::ordered_json status{
      {"job", std::string{id}}, {"state", job.state}, {"done", job.done}, {"total", job.total}};
  if (job.state == "done") status["result"] = job.outcome.result;
  if (job.state == "done" && !job.outcome.html.empty()) status["html"] = job.outcome.html;
  if (job.state == "failed") status.update(job.error);
  return status;
}

void StressJobs::forget_finished_beyond_limit() {
  while (jobs_.size() > max_kept) {
    auto oldest = jobs_.end();
    for (auto it = jobs_.begin(); it != jobs_.end(); ++it) {
      if (it->second->state != "running" &&
          (oldest == jobs_.end() || it->second->number < oldest->second->number)) {
        oldest = it;
      }
    }
    if (oldest == jobs_.end()) return;
    if (oldest->second->thread.joinable()) oldest->second->thread.join();  // finished: returns at once
    jobs_.erase(oldest);
  }
}

}  // namespace faultline::server
