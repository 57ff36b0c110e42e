// A container command that compiles and runs at start (`go run`, `cargo run`) read as the build it
// implies: its flags, what it compiles, and the arguments the program gets. DF202 compiles such a
// command in the builder (transforms/rules/split_dev_run.h).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dockopt::analysis {

struct GoRun {
  std::vector<std::string> build_flags;  // as written, each flag's value in its own word ("-tags", "x")
  std::vector<std::string> targets;      // the .go files, or the one package
  std::vector<std::string> args;         // what the program gets
  std::string blocker;                   // non-empty: `go build` cannot stand in for it, and why
};

/// Reads `words` (the command from "go" on) as `go run`; nullopt when they are not `go run`.
std::optional<GoRun> ReadGoRun(const std::vector<std::string>& words);

/// The binary's name: the package's last element (the working directory's for "."; a module's major
/// version suffix "/v2" skipped), else the first file's stem, or its folder's (or the working
/// directory's) name when that stem is "main"; "app" when none is a plain file name.
std::string GoBinaryName(const GoRun& run, std::string_view cwd);

struct CargoRun {
  std::vector<std::string> build_flags;  // for `cargo build`: --bin X, --locked, --frozen, --offline
  std::string bin;                       // --bin's value, "" when absent
  std::vector<std::string> args;         // after `--`: what the program gets
  std::string blocker;                   // non-empty: `cargo build --release` cannot stand in, and why
};

/// Reads `words` (from "cargo" on) as `cargo run`; nullopt when they are not `cargo run`.
std::optional<CargoRun> ReadCargoRun(const std::vector<std::string>& words);

/// The binary a Cargo.toml builds: the first `[[bin]]` name, else the `[package]` name.
std::optional<std::string> CargoBinaryName(std::string_view cargo_toml);

/// Why a JVM build tool's run goal (`mvn spring-boot:run`, `./mvnw cargo:run`, `gradle bootRun`) is
/// not compiled in the builder, for the suggestion; "" when `words` run none.
std::string JvmRunBlocker(const std::vector<std::string>& words);

}  // namespace dockopt::analysis
