#include "progress_bar.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <cstdio>

namespace faultline::cli {

namespace {
constexpr int bar_cells = 30;
// Short runs finish before a bar would help; it appears only after this long.
constexpr auto quiet_for = std::chrono::milliseconds(300);
}  // namespace

ProgressBar::ProgressBar()
    : enabled_(isatty(STDERR_FILENO) == 1), started_(std::chrono::steady_clock::now()) {}

ProgressBar::~ProgressBar() {
  if (drawn_) std::fputs("\r\033[K", stderr);
}

ProgressFunction ProgressBar::callback() {
  if (!enabled_) return {};
  return [this](std::uint64_t done, std::uint64_t total) { draw(done, total); };
}

void ProgressBar::draw(std::uint64_t done, std::uint64_t total) {
  const auto elapsed = std::chrono::steady_clock::now() - started_;
  if (elapsed < quiet_for || total == 0) return;
  const double share = static_cast<double>(done) / static_cast<double>(total);
  const int filled = static_cast<int>(share * bar_cells);
  std::string bar(static_cast<std::size_t>(filled), '#');
  bar.append(static_cast<std::size_t>(bar_cells - filled), '.');
  const double seconds = std::chrono::duration<double>(elapsed).count();
  std::fputs(fmt::format("\r[{}] {:3.0f}%  {}/{} runs  {:.0f} runs/s", bar, 100 * share, done, total,
                         seconds > 0 ? static_cast<double>(done) / seconds : 0.0)
                 .c_str(),
             stderr);
  std::fflush(stderr);
  drawn_ = true;
}

}  // namespace faultline::cli
