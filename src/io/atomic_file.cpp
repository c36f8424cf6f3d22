#include "faultline/io/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <system_error>

#include "faultline/model/error.hpp"

namespace faultline {
namespace {

[[noreturn]] void fail(const std::filesystem::path& path, std::string_view step, int error) {
  throw Error("cannot write " + path.string() + ": " + std::string{step} + ": " + std::strerror(error));
}

// Owns the temporary file until it has been renamed into place; removes it on any failure.
class TemporaryFile {
 public:
  explicit TemporaryFile(const std::filesystem::path& target) : target_(target) {
    const std::filesystem::path directory =
        target.has_parent_path() ? target.parent_path() : std::filesystem::path{"."};
    name_ = (directory / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
    descriptor_ = ::mkstemp(name_.data());
    if (descriptor_ < 0) fail(target_, "creating a temporary file", errno);
  }
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;
  ~TemporaryFile() {
    if (descriptor_ >= 0) ::close(descriptor_);
    if (!committed_) ::unlink(name_.c_str());
  }

  void write_all(std::string_view contents) {
    while (!contents.empty()) {
      const ssize_t written = ::write(descriptor_, contents.data(), contents.size());
      if (written < 0) {
        if (errno == EINTR) continue;
        fail(target_, "writing", errno);
      }
      contents.remove_prefix(static_cast<std::size_t>(written));
    }
  }

  // mkstemp creates the file readable by its owner only; a report or a scenario is an ordinary file, so it
  // gets the mode the target had, or rw-r--r--.
  void set_mode(mode_t mode) {
    if (::fchmod(descriptor_, mode) != 0) fail(target_, "setting permissions", errno);
  }

  void sync_and_close() {
    if (::fsync(descriptor_) != 0) fail(target_, "flushing to disk", errno);
    const int descriptor = descriptor_;
    descriptor_ = -1;
    if (::close(descriptor) != 0) fail(target_, "closing", errno);
  }

  void rename_to_target() {
    if (::rename(name_.c_str(), target_.c_str()) != 0) fail(target_, "replacing the file", errno);
    committed_ = true;
  }

 private:
  std::filesystem::path target_;
  std::string name_;
  int descriptor_ = -1;
  bool committed_ = false;
};

// The previous version becomes FILE.bak: a hard link where the file system allows one (instant, and the
// target keeps existing throughout), a copy otherwise.
void keep_backup(const std::filesystem::path& path) {
  const std::filesystem::path backup = backup_path(path);
  if (::unlink(backup.c_str()) != 0 && errno != ENOENT) fail(backup, "removing the old backup", errno);
  if (::link(path.c_str(), backup.c_str()) == 0) return;
  std::error_code error;
  std::filesystem::copy_file(path, backup, std::filesystem::copy_options::overwrite_existing, error);
  if (error) throw Error("cannot write " + backup.string() + ": keeping a backup: " + error.message());
}

// Makes the rename itself durable: the directory entry is on disk once its directory is flushed.
void sync_directory(const std::filesystem::path& path) {
  const std::filesystem::path directory = path.has_parent_path() ? path.parent_path() : ".";
  const int descriptor = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY);
  if (descriptor < 0) return;  // some file systems do not open directories; the data itself is flushed
  ::fsync(descriptor);
  ::close(descriptor);
}

}  // namespace

std::filesystem::path backup_path(const std::filesystem::path& path) {
  std::filesystem::path backup = path;
  backup += ".bak";
  return backup;
}

void write_file_atomically(const std::filesystem::path& path, std::string_view contents,
                           const AtomicWriteOptions& options) {
  struct stat existing {};
  const bool exists = ::stat(path.c_str(), &existing) == 0;
  if (exists && S_ISDIR(existing.st_mode))
    throw Error("cannot write " + path.string() + ": it is a directory");
  TemporaryFile temporary{path};
  temporary.write_all(contents);
  temporary.set_mode(exists ? (existing.st_mode & 07777) : 0644);
  temporary.sync_and_close();
  if (exists && options.keep_backup) keep_backup(path);
  temporary.rename_to_target();
  sync_directory(path);
}

}  // namespace faultline
