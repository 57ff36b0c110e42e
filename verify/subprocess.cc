// RunProcess: fork + exec with pipes and poll, process-group kill on timeout.
#include "verify/subprocess.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace dockopt::verify {

namespace {

using Clock = std::chrono::steady_clock;

// Runs in the forked child while other threads of the parent may run (verify runs each smoke
// command in both images at once), so `args` is built before fork. Only `env` allocates here:
// docker builds set it, and builds never run concurrently.
[[noreturn]] void ExecChild(char* const* args, const ProcessOptions& options, int out_fd, int err_fd,
                            int status_fd) {
  setpgid(0, 0);
  int null_fd = open("/dev/null", O_RDONLY);
  if (null_fd >= 0) dup2(null_fd, 0);
  dup2(out_fd, 1);
  dup2(options.merge_stderr ? out_fd : err_fd, 2);
  for (const auto& [name, value] : options.env) setenv(name.c_str(), value.c_str(), 1);
  if (!options.cwd.empty() && chdir(options.cwd.c_str()) != 0) {
    int code = errno;
    (void)!write(status_fd, &code, sizeof code);
    _exit(127);
  }
  execvp(args[0], args);
  int code = errno;
  (void)!write(status_fd, &code, sizeof code);
  _exit(127);
}

bool MakePipe(int fds[2]) { return pipe2(fds, O_CLOEXEC) == 0; }

}  // namespace

ProcessResult RunProcess(const std::vector<std::string>& argv, const ProcessOptions& options) {
  ProcessResult result;
  if (argv.empty()) {
    result.error = "empty command";
    return result;
  }
  int out_pipe[2], err_pipe[2], status_pipe[2];
  if (!MakePipe(out_pipe) || !MakePipe(err_pipe) || !MakePipe(status_pipe)) {
    result.error = std::string("pipe: ") + std::strerror(errno);
    return result;
  }
  std::vector<char*> args;
  for (const auto& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
  args.push_back(nullptr);
  auto start = Clock::now();
  pid_t pid = fork();
  if (pid < 0) {
    result.error = std::string("fork: ") + std::strerror(errno);
    return result;
  }
  if (pid == 0) ExecChild(args.data(), options, out_pipe[1], err_pipe[1], status_pipe[1]);
  setpgid(pid, pid);
  close(out_pipe[1]);
  close(err_pipe[1]);
  close(status_pipe[1]);
  int exec_errno = 0;
  if (read(status_pipe[0], &exec_errno, sizeof exec_errno) == sizeof exec_errno) {
    result.error = argv[0] + ": " + std::strerror(exec_errno);
  } else {
    result.started = true;
  }
  close(status_pipe[0]);

  auto deadline = start + options.timeout;
  pollfd fds[2] = {{out_pipe[0], POLLIN, 0}, {err_pipe[0], POLLIN, 0}};
  std::string* sinks[2] = {&result.out, &result.err};
  int open_count = 2;
  char buffer[65536];
  while (open_count > 0) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    if (left <= 0) {
      result.timed_out = true;
      kill(-pid, SIGKILL);
      break;
    }
    int ready = poll(fds, 2, static_cast<int>(std::min<long long>(left, 1000)));
    if (ready < 0 && errno != EINTR) break;
    for (int i = 0; i < 2; ++i) {
      if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
      ssize_t n = read(fds[i].fd, buffer, sizeof buffer);
      if (n > 0) {
        sinks[i]->append(buffer, static_cast<size_t>(n));
      } else if (n == 0 || errno != EINTR) {
        close(fds[i].fd);
        fds[i].fd = -1;
        --open_count;
      }
    }
  }
  for (auto& fd : fds)
    if (fd.fd >= 0) close(fd.fd);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (result.timed_out) kill(-pid, SIGKILL);  // stragglers of the group
  result.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  if (WIFEXITED(status)) result.exit_code = WEXITSTATUS(status);
  if (WIFSIGNALED(status)) result.exit_code = 128 + WTERMSIG(status);
  return result;
}

bool FindInPath(const std::string& program) {
  auto executable = [](const std::string& path) {
    struct stat st;
    return stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) && access(path.c_str(), X_OK) == 0;
  };
  if (program.find('/') != std::string::npos) return executable(program);
  const char* path = std::getenv("PATH");
  std::string dirs = path != nullptr ? path : "/usr/bin:/bin";
  size_t begin = 0;
  while (begin <= dirs.size()) {
    size_t end = dirs.find(':', begin);
    if (end == std::string::npos) end = dirs.size();
    std::string dir = dirs.substr(begin, end - begin);
    if (executable((dir.empty() ? "." : dir) + "/" + program)) return true;
    begin = end + 1;
  }
  return false;
}

std::string Tail(const std::string& text, int lines) {
  size_t end = text.size();
  while (end > 0 && text[end - 1] == '\n') --end;
  size_t pos = end;
  for (int seen = 0; pos > 0; --pos) {
    if (text[pos - 1] == '\n' && ++seen == lines) break;
  }
  return text.substr(pos, end - pos);
}

}  // namespace dockopt::verify
