#pragma once
// Runs independent starts over a few threads. Start i always computes the same result whatever thread runs
// it, and callers reduce the per-start results in index order, so any thread count gives identical output.

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace faultline::factions_detail {

inline int resolve_threads(int requested) {
  if (requested > 0) return requested;
  return static_cast<int>(std::max(1U, std::thread::hardware_concurrency()));
}

template <typename Work>
void for_each_start(int starts, int threads, Work&& work) {
  const int workers = std::min(std::max(1, resolve_threads(threads)), std::max(1, starts));
  std::atomic<int> next{0};
  auto loop = [&] {
    for (int start = next++; start < starts; start = next++) work(start);
  };
  if (workers == 1) {
    loop();
    return;
  }
  std::vector<std::jthread> pool;
  pool.reserve(static_cast<std::size_t>(workers - 1));
  for (int t = 1; t < workers; ++t) pool.emplace_back(loop);
  loop();
}

}  // namespace faultline::factions_detail
