// RenderJson: VerifyReport to nlohmann::json.
#include "verify/render_json.h"

#include <nlohmann/json.hpp>

namespace dockopt::verify {

namespace {

using nlohmann::json;

json Optional(const std::optional<double>& value) { return value ? json(*value) : json(nullptr); }

json Image(const BuildReport& build) {
  json image = {{"built", build.built}, {"build_seconds", build.build_seconds},
                {"rebuild_seconds", Optional(build.rebuild_seconds)}};
  if (!build.built) {
    image["log_tail"] = build.log_tail;
    return image;
  }
  const ImageInfo& info = build.info;
  json layers = json::array();
  for (const auto& layer : info.history)
    layers.push_back({{"created_by", layer.created_by}, {"size_bytes", layer.size}, {"empty_layer", layer.empty}});
  image.update({{"size_bytes", info.size},
                {"user", info.user},
                {"entrypoint", info.entrypoint},
                {"cmd", info.cmd},
                {"expose", info.expose},
                {"workdir", info.workdir},
                {"env", info.env},
                {"history", layers}});
  return image;
}

json Run(const SmokeRun& run) {
  return {{"exit_code", run.exit_code},
          {"stdout", run.out},
          {"stderr", run.err},
          {"cannot_run", run.cannot_run.empty() ? json(nullptr) : json(run.cannot_run)}};
}

}  // namespace

std::string RenderJson(const VerifyReport& r) {
  json smokes = json::array();
  for (const auto& smoke : r.smokes)
    smokes.push_back({{"command", smoke.command}, {"same", smoke.same()}, {"original", Run(smoke.original)},
                      {"optimized", Run(smoke.optimized)},
                      {"retried", smoke.retried.empty() ? nlohmann::json(nullptr) : nlohmann::json(smoke.retried)}});
  json checks = json::array();
  for (const auto& check : r.checks) checks.push_back({{"name", check.name}, {"ok", check.ok}, {"detail", check.detail}});
  json doc = {{"schema", kJsonSchema},
              {"dockerfile", r.dockerfile},
              {"context", r.context},
              {"builder", r.builder.empty() ? json(nullptr) : json(r.builder)},
              {"optimized_from", r.optimized_from},
              {"applied_rules", r.applied_rules},
              {"rebuild_touch", r.rebuild_touch ? json(*r.rebuild_touch) : json(nullptr)},
              {"layer_cache", r.layer_cache},
              {"exit_code", r.exit_code},
              {"error", r.error.empty() ? json(nullptr) : json(r.error)},
              {"checks", checks},
              {"smoke", smokes}};
  if (r.original.built)
    doc["images"] = {{"original", Image(r.original)}, {"optimized", Image(r.optimized)}};
  else if (!r.original.log_tail.empty())
    doc["images"] = {{"original", Image(r.original)}};
  return doc.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace dockopt::verify
