// FlowJson: one object per stage with its instructions' reads/writes, command effects and runtime needs.
#include "analysis/flow_json.h"

namespace dockopt::analysis {
namespace {

nlohmann::json EffectJson(const CommandFlow& command) {
  const Effect& e = command.effect;
  nlohmann::json out = {{"command", command.text}, {"effect", EffectKindName(e.kind)}, {"tool", e.tool}};
  if (!e.reads.empty()) out["reads"] = e.reads;
  if (!e.writes.empty()) out["writes"] = e.writes;
  if (!e.caches.empty()) out["caches"] = e.caches;
  if (!e.removes.empty()) out["removes"] = e.removes;
  if (!e.url.empty()) out["url"] = e.url;
  for (const LinkSet& set : e.links) out["links"].push_back({{"dir", set.dir}, {"targets", set.targets}});
  if (!e.packages.empty()) out[e.removal ? "removes_packages" : "packages"] = e.packages;
  for (const std::string& file : e.package_files) {
    nlohmann::json entry = {{"file", file}};
    if (std::string name = PackageNameOfFile(file); !name.empty()) entry["package"] = name;
    out["package_files"].push_back(entry);
  }
  if (!e.sources.empty()) out["sources"] = e.sources;
  if (!e.manager.empty()) out["manager"] = e.manager;
  if (e.compiles) out["compiles"] = true;
  if (!e.note.empty()) out["note"] = e.note;
  if (command.conditional) out["conditional"] = true;
  return out;
}

}  // namespace

nlohmann::json FlowJson(const ir::Dockerfile& df, const StageFlow& flow) {
  nlohmann::json instructions = nlohmann::json::array();
  for (const InstructionFlow& inst : flow.instructions) {
    nlohmann::json out = {{"line", df.instructions[inst.index].start_line},
                          {"kind", ir::KindName(inst.kind)},
                          {"cwd", inst.cwd}};
    if (!inst.user.empty()) out["user"] = inst.user;
    if (!inst.reads.empty()) out["reads"] = inst.reads;
    if (!inst.writes.empty()) out["writes"] = inst.writes;
    if (!inst.from_stage.empty()) out["from_stage"] = inst.from_stage;
    if (inst.unknown) out["unknown"] = true;
    if (!inst.commands.empty()) {
      out["commands"] = nlohmann::json::array();
      for (const CommandFlow& command : inst.commands) out["commands"].push_back(EffectJson(command));
    }
    instructions.push_back(std::move(out));
  }
  const RuntimeNeeds& r = flow.runtime;
  nlohmann::json runtime = {{"argv", r.argv},       {"program", r.program}, {"interpreter", r.interpreter},
                            {"scripts", r.scripts}, {"files", r.files},     {"workdir", r.workdir},
                            {"user", r.user},       {"shell_form", r.shell_form}};
  if (!r.healthcheck_program.empty()) runtime["healthcheck_program"] = r.healthcheck_program;
  if (!r.inits.empty()) runtime["inits"] = r.inits;
  if (!r.program.empty() && !r.program.starts_with("/")) {
    std::string written = ProgramWrittenBy(flow, r.program);
    if (!written.empty()) runtime["program_written_at"] = written;
  }
  return {{"stage", flow.stage}, {"base", flow.base}, {"context_root", flow.context_root},
          {"instructions", std::move(instructions)}, {"runtime", std::move(runtime)}};
}

}  // namespace dockopt::analysis
