#pragma once
// Writing a file so that readers see either the old contents or the new ones, never a half-written file: the
// new contents go to a temporary file in the same directory (same file system, so the rename is atomic), are
// flushed to disk, and replace the target in one rename. Used for the HTML report and the server's saved
// scenarios.

#include <filesystem>
#include <string_view>

namespace faultline {

struct AtomicWriteOptions {
  bool keep_backup = false;  // keep the previous version (if any) as FILE.bak, replacing an older backup
};

// Throws faultline::Error naming the path (and the system's reason) when any step fails; the target is then
// untouched and no temporary file is left behind.
void write_file_atomically(const std::filesystem::path& path, std::string_view contents,
                           const AtomicWriteOptions& options = {});

// FILE.bak beside FILE: where keep_backup puts the previous version.
[[nodiscard]] std::filesystem::path backup_path(const std::filesystem::path& path);

}  // namespace faultline
