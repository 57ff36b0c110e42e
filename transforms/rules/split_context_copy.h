// Context copies production repeats: a COPY/ADD of build-context files into a folder the OS owns
// (`ADD . /`, `ADD *.sh /`, `COPY files/ /`) puts files the split cannot name, so production takes
// them from the context again, as the original did, instead of from the builder.
#pragma once

#include <string>
#include <vector>

#include "analysis/flow.h"
#include "transforms/rule_context.h"

namespace dockopt::split {

/// The COPY/ADD at flow.instructions[at] written again for production, with its destination made
/// absolute (production's WORKDIR and base image may differ); "" when it cannot be repeated as is:
/// a source not from the context (--from, URL, git, heredoc), a variable, or a quote or space.
std::string ContextCopyLine(const RuleContext& context, const analysis::StageFlow& flow, size_t at);

/// Why production cannot repeat the context copies at `copies` (indexes into flow.instructions), ""
/// when it can: a later command removes a path the context may have put there (production would keep
/// it). Removals of files the stage itself wrote after the copy, and of build-only folders (/tmp,
/// caches), do not count. Everything else later RUNs wrote over the copy comes from the builder.
std::string ContextCopyBlocker(const ir::Dockerfile& df, const analysis::StageFlow& flow, const std::vector<size_t>& copies);

}  // namespace dockopt::split
