#pragma once
// The scenario files `faultline serve` offers: the .yaml, .yml and .json files directly in one directory.
// A name is a file name from that listing and nothing else, so no request reaches a file outside it (no `/`,
// no `..`, no symbolic link leading out). Saves to one file are serialised, and each replaces the file
// atomically, keeping the previous version as FILE.bak.

#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace faultline::server {

class ScenarioStore {
 public:
  // Throws faultline::Error when `directory` is not one.
  explicit ScenarioStore(const std::filesystem::path& directory);

  [[nodiscard]] const std::filesystem::path& directory() const noexcept { return directory_; }

  // The scenario file names in the directory, sorted.
  [[nodiscard]] std::vector<std::string> names() const;

  // The file `name` stands for; ApiError 400 for a name that could reach elsewhere, 404 for one not listed.
  [[nodiscard]] std::filesystem::path path_of(std::string_view name) const;

  [[nodiscard]] std::string read(std::string_view name) const;

  // Held while reading, changing and saving one file, so concurrent saves apply one after the other.
  [[nodiscard]] std::unique_lock<std::mutex> lock(std::string_view name);

  // Replaces the file atomically (the caller holds `lock(name)`); the previous version becomes FILE.bak.
  void save(std::string_view name, const std::string& text) const;

 private:
  std::filesystem::path directory_;  // canonical
  std::mutex locks_mutex_;
  std::map<std::string, std::unique_ptr<std::mutex>, std::less<>> locks_;
};

[[nodiscard]] bool is_scenario_file_name(std::string_view name);

}  // namespace faultline::server
