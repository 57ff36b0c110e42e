// libFuzzer target: the shell parser (shell/parse_script.h). The first input byte picks the options
// (bit 0: the escape char is a backtick; bit 1: a heredoc body); the rest is the script text.
// Invariants: the atoms tile the text, the printer gives it back byte for byte, and the model does
// not depend on where the text sits in the file (parsing at another base shifts every span).
#include <cstdint>
#include <string>
#include <string_view>

#include "shell/parse_script.h"
#include "tests/fuzz/fuzz_check.h"

namespace {

constexpr uint32_t kShift = 4096;

dockopt::shell::ParseOptions OptionsFrom(uint8_t mode, uint32_t base) {
  dockopt::shell::ParseOptions options;
  options.base = base;
  options.heredoc = (mode & 2) != 0;
  options.escape = (mode & 1) != 0 && !options.heredoc ? '`' : '\\';  // heredoc bodies always use `\`
  return options;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  const dockopt::shell::Script script = dockopt::shell::ParseScript(text, OptionsFrom(data[0], 0));
  std::string why;
  FUZZ_CHECK(dockopt::shell::CheckTiling(script, &why), why.c_str());
  FUZZ_CHECK(dockopt::shell::Print(script) == text, "Print does not give the text back");
  FUZZ_CHECK(!script.FullyModelled() || script.error.empty(), "fully modelled, yet an error is set");

  const dockopt::shell::Script shifted = dockopt::shell::ParseScript(text, OptionsFrom(data[0], kShift));
  FUZZ_CHECK(dockopt::shell::Print(shifted) == text, "Print at another base does not give the text back");
  FUZZ_CHECK(shifted.error == script.error, "the error depends on the base offset");
  const auto atoms = dockopt::shell::Atoms(script);
  const auto shifted_atoms = dockopt::shell::Atoms(shifted);
  FUZZ_CHECK(atoms.size() == shifted_atoms.size(), "the atoms depend on the base offset");
  for (size_t i = 0; i < atoms.size(); ++i)
    FUZZ_CHECK(shifted_atoms[i].begin == atoms[i].begin + kShift && shifted_atoms[i].end == atoms[i].end + kShift,
               "an atom's span does not shift with the base offset");
  return 0;
}
