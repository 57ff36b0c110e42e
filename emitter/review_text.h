// What every review format shares: doc URLs, positions, the fix note, fingerprints, URIs.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "emitter/review_model.h"

namespace dockopt {

/// The project's home page, and the stable URL of a rule's doc page under it.
inline constexpr std::string_view kProjectUrl = "https://github.com/dockopt/dockopt";
std::string RuleDocUrl(std::string_view rule_id);  // kProjectUrl + "/blob/main/docs/rules/DF101.md"

/// The rule's name ("apt-hygiene"), or its ID when the run does not list it.
std::string_view RuleName(const ReviewRun& run, std::string_view rule_id);

/// "DF101 apt-hygiene: message (fix note)": the one-line text most formats show.
std::string FindingText(const ReviewRun& run, const FileReview& file, const ReviewFinding& finding);

/// 1-based line and column; the column counts UTF-8 bytes (rdjson, json) or code points (SARIF).
LineCol BytePosition(const SourceBuffer& source, uint32_t offset);
LineCol CodePointPosition(const SourceBuffer& source, uint32_t offset);

/// Where the finding's fix stands, in words for a human reading the review:
/// "safe fix applied: add --no-install-recommends", "unsafe fix (may change what the image does;
/// review it): ...", "unsafe fix available with --unsafe: ...", "no automatic fix".
std::string FixNote(const FileReview& file, const ReviewFinding& finding);

/// "safe", "unsafe" or "none": the safety of the finding's fix.
std::string_view FixSafety(const Report& report);

/// A stable hex fingerprint of a finding: rule, path, the text of its first line and how many
/// equal ones come before it in the file; line numbers are left out so edits above don't move it.
std::string Fingerprint(const FileReview& file, size_t finding_index);

/// A relative URI reference for a path: percent-encodes what a URI may not hold ("<stdin>" too).
std::string PathToUri(std::string_view path);

}  // namespace dockopt
