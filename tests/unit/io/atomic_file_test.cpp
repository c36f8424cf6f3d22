// Atomic file writes: the new contents replace the old in one step, a failure leaves the old file and no
// temporary behind, and the backup keeps the previous version.
#include "faultline/io/atomic_file.hpp"

#include <gtest/gtest.h>
#include <sys/resource.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "faultline/model/error.hpp"

namespace faultline {
namespace {

namespace fs = std::filesystem;

std::string read(const fs::path& path) {
  std::ifstream in{path, std::ios::binary};
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// A fresh, empty directory per test, removed afterwards.
class AtomicFile : public ::testing::Test {
 protected:
  void SetUp() override {
    directory_ =
        fs::temp_directory_path() /
        ("faultline-atomic-" + std::string{::testing::UnitTest::GetInstance()->current_test_info()->name()});
    fs::remove_all(directory_);
    fs::create_directories(directory_);
  }
  void TearDown() override { fs::remove_all(directory_); }

  [[nodiscard]] std::size_t entries() const {
    return static_cast<std::size_t>(
        std::distance(fs::directory_iterator{directory_}, fs::directory_iterator{}));
  }

  fs::path directory_;
};

TEST_F(AtomicFile, WritesAndReplaces) {
  const fs::path file = directory_ / "report.html";
  write_file_atomically(file, "first");
  EXPECT_EQ(read(file), "first");
  write_file_atomically(file, "second, longer than the first");
  EXPECT_EQ(read(file), "second, longer than the first");
  EXPECT_EQ(entries(), 1u);  // no temporary file and no backup left behind
  EXPECT_EQ(fs::status(file).permissions() & fs::perms::others_read, fs::perms::others_read);
}

TEST_F(AtomicFile, KeepsThePreviousVersionAsBackup) {
  const fs::path file = directory_ / "scenario.yaml";
  write_file_atomically(file, "version 1", {.keep_backup = true});
  EXPECT_FALSE(fs::exists(backup_path(file)));  // nothing to back up yet
  write_file_atomically(file, "version 2", {.keep_backup = true});
  EXPECT_EQ(read(file), "version 2");
  EXPECT_EQ(read(backup_path(file)), "version 1");
  write_file_atomically(file, "version 3", {.keep_backup = true});
  EXPECT_EQ(read(backup_path(file)), "version 2");
  EXPECT_EQ(backup_path(file), directory_ / "scenario.yaml.bak");
  // Writing again without a backup leaves the backup as it was.
  write_file_atomically(file, "version 4");
  EXPECT_EQ(read(backup_path(file)), "version 2");
  EXPECT_EQ(entries(), 2u);
}

TEST_F(AtomicFile, FailedWriteLeavesTheOldFileAndNoPartialFile) {
  const fs::path file = directory_ / "report.html";
  write_file_atomically(file, "the old report");
  // A file-size limit makes write() fail part-way (EFBIG), like a full disk would.
  std::signal(SIGXFSZ, SIG_IGN);
  rlimit saved{};
  ASSERT_EQ(::getrlimit(RLIMIT_FSIZE, &saved), 0);
  rlimit small = saved;
  small.rlim_cur = 4096;
  ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &small), 0);
  bool threw = false;
  std::string message;
  try {
    write_file_atomically(file, std::string(1 << 20, 'x'), {.keep_backup = true});
  } catch (const Error& error) {
    threw = true;
    message = error.what();
  }
  ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &saved), 0);
  std::signal(SIGXFSZ, SIG_DFL);
  EXPECT_TRUE(threw);
  EXPECT_NE(message.find(file.string()), std::string::npos) << message;
  EXPECT_EQ(read(file), "the old report");
  EXPECT_EQ(entries(), 1u) << "a temporary or backup file was left behind";
}

TEST_F(AtomicFile, ErrorsNameThePath) {
  const fs::path missing = directory_ / "no-such-directory" / "report.html";
  try {
    write_file_atomically(missing, "x");
    FAIL() << "expected an error";
  } catch (const Error& error) {
    EXPECT_NE(std::string{error.what()}.find(missing.string()), std::string::npos) << error.what();
  }
  EXPECT_THROW(write_file_atomically(directory_, "x"), Error);  // a directory is not replaced
  EXPECT_TRUE(fs::is_directory(directory_));
  EXPECT_EQ(entries(), 0u);
}

}  // namespace
}  // namespace faultline
