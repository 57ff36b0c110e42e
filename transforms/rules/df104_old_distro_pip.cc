#include "transforms/rules/df104_old_distro_pip.h"

#include <regex>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/base_images.h"
#include "analysis/os_release.h"

namespace dockopt {
namespace {

// pip 6.0 (2014-12) added its cache. Ubuntu's python-pip: 1.0 (12.04), 1.5.4 (14.04), 1.5.6 (14.10 to
// 15.10), 8.1.1 (16.04). Debian's: 1.1 (wheezy), 1.5.6 (jessie), 9.0.1 (stretch).
bool ShipsPipBeforeSix(const analysis::OsRelease& os) {
  if (os.distro == analysis::Distro::kDebian)
    return os.release == "jessie" || os.release == "wheezy" || os.release == "squeeze" || os.release == "8" ||
           os.release == "7";
  if (os.distro != analysis::Distro::kUbuntu || os.release.size() < 5) return false;
  int year = 0;
  for (char c : os.release.substr(0, 2)) {
    if (c < '0' || c > '9') return false;
    year = year * 10 + (c - '0');
  }
  return os.release[2] == '.' && year < 16;
}

}  // namespace

bool RunsOldDistroPip(const RuleContext& context, size_t run_index, uint32_t command_begin) {
  const ir::Dockerfile& df = context.dockerfile();
  // The stages this one is built on, root first: their instructions ran before this stage's.
  std::vector<int> chain = {df.instructions[run_index].stage};
  for (int parent = df.FindStage(df.stages[static_cast<size_t>(chain.back())].base);
       parent >= 0 && parent < chain.back() && chain.size() < df.stages.size();
       parent = df.FindStage(df.stages[static_cast<size_t>(parent)].base))
    chain.push_back(parent);
  const std::string& root = df.stages[static_cast<size_t>(chain.back())].base;
  std::optional<analysis::BaseImageFacts> facts = analysis::LookupBaseImage(root);
  // The python images install a current pip with get-pip.py, whatever their Debian release.
  if (!facts || facts->family == "python" || !ShipsPipBeforeSix(facts->os)) return false;
  std::string before;
  for (auto stage = chain.rbegin(); stage != chain.rend(); ++stage)
    for (size_t i : df.stages[static_cast<size_t>(*stage)].instructions) {
      const ir::Instruction& inst = df.instructions[i];
      if (inst.kind != ir::InstructionKind::kRun) continue;
      Span span = inst.args;
      if (span.begin >= command_begin) break;
      if (span.end > command_begin) span.end = command_begin;
      before += context.Text(span);
      before += '\n';
    }
  static const std::regex kDistroPip(R"((^|[\s'"])python3?-pip([\s'"=]|$))");
  static const std::regex kUpgrade(
      R"(get-pip|easy_install[^\n;&|]*\spip([\s'"=<>~]|$)|install[^\n;&|]*\s['"]?pip([\s'"=<>~]|$))");
  return std::regex_search(before, kDistroPip) && !std::regex_search(before, kUpgrade);
}

}  // namespace dockopt
