#include "server/scenario_store.hpp"

#include <algorithm>
#include <fstream>
#include <iterator>

#include "faultline/io/atomic_file.hpp"
#include "faultline/model/error.hpp"
#include "server/api_error.hpp"

namespace faultline::server {
namespace fs = std::filesystem;

bool is_scenario_file_name(std::string_view name) {
  const fs::path path{name};
  const std::string extension = path.extension().string();
  return extension == ".yaml" || extension == ".yml" || extension == ".json";
}

ScenarioStore::ScenarioStore(const fs::path& directory) {
  std::error_code error;
  directory_ = fs::canonical(directory, error);
  if (error || !fs::is_directory(directory_)) throw Error("not a directory: " + directory.string());
}

std::vector<std::string> ScenarioStore::names() const {
  std::vector<std::string> names;
  for (const fs::directory_entry& entry : fs::directory_iterator{directory_}) {
    const std::string name = entry.path().filename().string();
    if (entry.is_regular_file() && is_scenario_file_name(name) && !name.starts_with('.'))
      names.push_back(name);
  }
  std::sort(names.begin(), names.end());
  return names;
}

fs::path ScenarioStore::path_of(std::string_view name) const {
  if (name.empty() || name.find('/') != std::string_view::npos || name.find('\\') != std::string_view::npos ||
      name.find("..") != std::string_view::npos || name.find('\0') != std::string_view::npos ||
      name.starts_with('.')) {
    throw ApiError(400,
                   "invalid scenario name '" + std::string{name} + "': a file name in the served directory");
  }
  if (!is_scenario_file_name(name)) {
    throw ApiError(404, "no scenario '" + std::string{name} + "' (scenarios end in .yaml, .yml or .json)");
  }
  const fs::path path = directory_ / fs::path{name};
  std::error_code error;
  const fs::path real = fs::canonical(path, error);
  if (error || !fs::is_regular_file(real)) throw ApiError(404, "no scenario '" + std::string{name} + "'");
  // A symbolic link may lead out of the directory: only files that really live in it are served.
  if (real.parent_path() != directory_) {
    throw ApiError(403, "scenario '" + std::string{name} + "' lies outside the served directory");
  }
  return path;
}

std::string ScenarioStore::read(std::string_view name) const {
  const fs::path path = path_of(name);
  std::ifstream in{path, std::ios::binary};
  if (!in) throw Error("cannot read " + std::string{name});
  return {std::istreambuf_iterator<char>{in}, std::istreambuf_iterator<char>{}};
}

std::unique_lock<std::mutex> ScenarioStore::lock(std::string_view name) {
  std::mutex* file_mutex = nullptr;
  {
    const std::lock_guard guard{locks_mutex_};
    auto found = locks_.find(name);
    if (found == locks_.end())
      found = locks_.emplace(std::string{name}, std::make_unique<std::mutex>()).first;
    file_mutex = found->second.get();
  }
  return std::unique_lock{*file_mutex};
}

void ScenarioStore::save(std::string_view name, const std::string& text) const {
  write_file_atomically(path_of(name), text, AtomicWriteOptions{.keep_backup = true});
}

}  // namespace faultline::server
