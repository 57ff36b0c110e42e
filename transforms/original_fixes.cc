// OriginalFixes: map each round's edits back to the input, merge what touches, take the new text
// of each merged region from the output.
#include "transforms/original_fixes.h"

#include <algorithm>
#include <cstdint>

#include "transforms/apply_edits.h"
#include "transforms/edit_index.h"

namespace dockopt {
namespace {

struct Region {
  uint32_t begin, end;
  size_t owner;
  size_t order;  // round, then position: the earliest owner of a merged region owns it
};

// Merges overlapping regions, and touching ones when either is an insertion (their order would
// be ambiguous to whoever applies them).
std::vector<std::vector<Region>> Cluster(std::vector<Region> regions) {
  std::sort(regions.begin(), regions.end(),
            [](const Region& a, const Region& b) { return a.begin != b.begin ? a.begin < b.begin : a.end < b.end; });
  std::vector<std::vector<Region>> clusters;
  uint32_t cluster_begin = 0, cluster_end = 0;
  for (const Region& r : regions) {
    bool joins = !clusters.empty() &&
                 (r.begin < cluster_end ||
                  (r.begin == cluster_end && (r.begin == r.end || cluster_begin == cluster_end)) ||
                  r.begin == cluster_begin);
    if (!joins) {
      clusters.emplace_back();
      cluster_begin = r.begin;
      cluster_end = r.end;
    }
    clusters.back().push_back(r);
    cluster_end = std::max(cluster_end, r.end);
  }
  return clusters;
}

OriginalFixes OneReplacement(std::string_view original, std::string_view output,
                             const std::vector<RoundEdits>& rounds, size_t report_count) {
  OriginalFixes result{std::vector<Edits>(report_count), std::vector<int>(report_count, -1), true};
  size_t prefix = 0;
  while (prefix < original.size() && prefix < output.size() && original[prefix] == output[prefix]) ++prefix;
  size_t suffix = 0;
  while (suffix < original.size() - prefix && suffix < output.size() - prefix &&
         original[original.size() - 1 - suffix] == output[output.size() - 1 - suffix])
    ++suffix;
  if (rounds.empty() || rounds.front().owners.empty()) return result;
  size_t owner = rounds.front().owners.front();
  Span span{static_cast<uint32_t>(prefix), static_cast<uint32_t>(original.size() - suffix)};
  result.fixes[owner].push_back({span, std::string(output.substr(prefix, output.size() - suffix - prefix))});
  for (const RoundEdits& round : rounds)
    for (size_t other : round.owners)
      if (other != owner) result.merged_into[other] = static_cast<int>(owner);
  return result;
}

}  // namespace

OriginalFixes MapFixesToOriginal(std::string_view original, std::string_view output,
                                 const std::vector<RoundEdits>& rounds, size_t report_count) {
  std::vector<EditWalk> sorted_rounds;  // each round's edits by begin, then end
  for (const RoundEdits& round : rounds) sorted_rounds.emplace_back(SortedEdits(round.edits));
  std::vector<Region> regions;
  size_t order = 0;
  for (size_t r = 0; r < rounds.size(); ++r) {
    for (size_t e = 0; e < rounds[r].edits.size(); ++e) {
      uint32_t begin = rounds[r].edits[e].span.begin, end = rounds[r].edits[e].span.end;
      for (size_t back = r; back-- > 0;) {
        begin = sorted_rounds[back].Back(begin, true, false);
        end = std::max(begin, sorted_rounds[back].Back(end, true, true));
      }
      regions.push_back({begin, end, rounds[r].owners[e], order++});
    }
  }
  OriginalFixes result{std::vector<Edits>(report_count), std::vector<int>(report_count, -1), false};
  Edits all;
  for (const std::vector<Region>& cluster : Cluster(std::move(regions))) {
    uint32_t begin = cluster.front().begin, end = begin;
    const Region* first = &cluster.front();
    for (const Region& r : cluster) {
      end = std::max(end, r.end);
      if (r.order < first->order) first = &r;
    }
    uint32_t new_begin = begin, new_end = end;
    for (const EditWalk& round : sorted_rounds) {
      new_begin = round.Forward(new_begin, false);
      new_end = std::max(new_begin, round.Forward(new_end, true));
    }
    if (new_end > output.size()) return OneReplacement(original, output, rounds, report_count);
    Edit edit{{begin, end}, std::string(output.substr(new_begin, new_end - new_begin))};
    for (const Region& r : cluster)
      if (r.owner != first->owner) result.merged_into[r.owner] = static_cast<int>(first->owner);
    if (edit.text == original.substr(begin, end - begin)) continue;  // later rounds undid it
    result.fixes[first->owner].push_back(edit);
    all.push_back(std::move(edit));
  }
  for (size_t i = 0; i < report_count; ++i)  // a report whose change survives only in another's
    if (result.merged_into[i] >= 0 && !result.fixes[i].empty()) result.merged_into[i] = -1;
  if (ApplyEdits(original, all) != output) return OneReplacement(original, output, rounds, report_count);
  return result;
}

}  // namespace dockopt
