// Package tables: analysis/data/packages/*.tsv (-dev -> runtime rows) and build-tools-*.txt (glob
// patterns), embedded in the binary; each table is parsed on first use.
#include "analysis/packages.h"

#include <fnmatch.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "analysis/package_data.h"

namespace dockopt::analysis {
namespace {

struct Row {
  std::vector<std::string> runtime;
  std::string releases;  // the third column of curated tables: "" (all), ">=3.17", "<8", ">=3.9,<3.17"
};

using RowsByName = std::unordered_map<std::string, std::vector<Row>>;
void ReadTable(std::string_view text, RowsByName& table);
// Each row's text after its name's tab, reachable by trimmed name in the table's order. The generated
// Debian and Ubuntu tables list their names in byte order: then the rows are found by bisecting
// `names` (checked while reading; building a hash index of ~4,500 names was ~1.2 M instructions, 15 %
// of a one-file run). A table out of order gets the hash index: one map node per name and no vector
// per name (most names have one row).
struct LinesByName {
  std::vector<std::string_view> rests;  // in the table's order
  std::vector<std::string_view> names;  // trimmed, parallel to `rests`, when `sorted`
  bool sorted = true;
  std::vector<uint32_t> next;           // unsorted: the next row of the same name; kEnd after the last
  std::unordered_map<std::string_view, std::pair<uint32_t, uint32_t>> first_last;  // unsorted: by trimmed name
  static constexpr uint32_t kEnd = UINT32_MAX;
};
void IndexTable(std::string_view text, LinesByName& index);
Row ReadRow(std::string_view rest);

// One embedded table, read on first use: reading all of them cost ~44 M instructions, most of a
// one-file run, and a file needs one or two.
struct RuntimeTable {
  std::string_view text;
  mutable std::once_flag read;
  mutable RowsByName rows;
  const RowsByName& Rows() const {
    std::call_once(read, [this] { ReadTable(text, rows); });
    return rows;
  }
  // The rows of one name, read when asked: the index holds views only, so a run that asks about a few
  // packages does not build every row's strings (~7 M instructions per Debian or Ubuntu table, half of
  // a small file's whole process). Empty when the table has no row for `name`.
  mutable std::once_flag indexed;
  mutable LinesByName lines;
  std::vector<Row> RowsOf(std::string_view name) const {
    std::call_once(indexed, [this] { IndexTable(text, lines); });
    std::vector<Row> found;
    if (lines.sorted) {
      auto it = std::lower_bound(lines.names.begin(), lines.names.end(), name);
      for (; it != lines.names.end() && *it == name; ++it)
        found.push_back(ReadRow(lines.rests[static_cast<size_t>(it - lines.names.begin())]));
      return found;
    }
    if (auto it = lines.first_last.find(name); it != lines.first_last.end())
      for (uint32_t row = it->second.first; row != LinesByName::kEnd; row = lines.next[row])
        found.push_back(ReadRow(lines.rests[row]));
    return found;
  }
};

// A row of jdk-runtimes.txt: "openjdk-{N}-jdk" -> "openjdk-{N}-jre" for one family.
struct JreRow {
  std::string family, jdk, jre;
};

struct Tables {
  std::map<std::string, RuntimeTable, std::less<>> runtime;  // by table name
  std::map<std::string, std::vector<std::string>, std::less<>> build_tools;  // by family: "debian", "alpine"
  std::vector<JreRow> jre;
};

std::vector<std::string_view> Split(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  while (true) {
    size_t at = text.find(separator);
    parts.push_back(text.substr(0, at));
    if (at == std::string_view::npos) return parts;
    text.remove_prefix(at + 1);
  }
}

std::string_view Trim(std::string_view text) {
  // Loops, not find_first_not_of (a memchr per byte): every row name of a table is trimmed when the
  // table is indexed, ~0.4 M instructions of a one-file run.
  auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
  while (!text.empty() && blank(text.front())) text.remove_prefix(1);
  while (!text.empty() && blank(text.back())) text.remove_suffix(1);
  return text;
}

// Calls `row(name, rest)` for each line "name<TAB>rest" of a table, comments and blank lines skipped: one
// pass over the text, no vector of lines or columns (this parse is most of a one-file run).
template <typename OnRow>
void ForEachTableLine(std::string_view text, OnRow&& row) {
  while (!text.empty()) {
    std::string_view line = text.substr(0, text.find('\n'));
    text.remove_prefix(std::min(text.size(), line.size() + 1));
    if (line.empty() || line.front() == '#') continue;
    size_t tab = line.find('\t');
    if (tab == std::string_view::npos) continue;
    row(line.substr(0, tab), line.substr(tab + 1));
  }
}

void ReadTable(std::string_view text, RowsByName& table) {
  table.reserve(static_cast<size_t>(std::count(text.begin(), text.end(), '\n')) + 1);
  ForEachTableLine(text, [&](std::string_view name, std::string_view rest) {
    table[std::string(Trim(name))].push_back(ReadRow(rest));
  });
}

Row ReadRow(std::string_view rest) {
  size_t next_tab = rest.find('\t');
  Row row;
  for (std::string_view names = rest.substr(0, next_tab);;) {
    size_t comma = names.find(',');
    if (std::string_view one = Trim(names.substr(0, comma)); !one.empty()) row.runtime.emplace_back(one);
    if (comma == std::string_view::npos) break;
    names.remove_prefix(comma + 1);
  }
  if (next_tab != std::string_view::npos) row.releases = Trim(rest.substr(next_tab + 1).substr(0, rest.substr(next_tab + 1).find('\t')));
  return row;
}

// ReadTable's walk over the lines, keeping views instead of rows.
void IndexTable(std::string_view text, LinesByName& index) {
  const size_t estimate = text.size() / 32 + 1;  // rows are ~45 bytes: no counting pass over the text
  index.rests.reserve(estimate);
  index.names.reserve(estimate);
  ForEachTableLine(text, [&](std::string_view name, std::string_view rest) {
    name = Trim(name);
    if (!index.names.empty() && name < index.names.back()) index.sorted = false;
    index.rests.push_back(rest);
    index.names.push_back(name);
  });
  if (index.sorted) return;
  index.names = {};
  index.next.assign(index.rests.size(), LinesByName::kEnd);
  index.first_last.reserve(index.rests.size());
  ForEachTableLine(text, [&, row = uint32_t{0}](std::string_view name, std::string_view) mutable {
    auto [it, inserted] = index.first_last.try_emplace(Trim(name), row, row);
    if (!inserted) {
      index.next[it->second.second] = row;
      it->second.second = row;
    }
    ++row;
  });
}

void ReadPatterns(std::string_view text, std::vector<std::string>& patterns) {
  for (std::string_view line : Split(text, '\n')) {
    std::string_view pattern = Trim(line.substr(0, line.find('#')));
    if (!pattern.empty()) patterns.emplace_back(pattern);
  }
}

void ReadJreRows(std::string_view text, std::vector<JreRow>& rows) {
  for (std::string_view line : Split(text, '\n')) {
    line = Trim(line.substr(0, line.find('#')));
    std::vector<std::string_view> columns = Split(line, '\t');
    if (columns.size() == 3)
      rows.push_back({std::string(Trim(columns[0])), std::string(Trim(columns[1])), std::string(Trim(columns[2]))});
  }
}

const Tables& AllTables() {
  static const Tables kTables = [] {
    Tables tables;
    for (const DataFile& file : PackageDataFiles()) {
      if (file.name.ends_with(".tsv")) {
        tables.runtime[std::string(file.name.substr(0, file.name.size() - 4))].text = file.text;
      } else if (file.name.starts_with("build-tools-") && file.name.ends_with(".txt")) {
        std::string_view family = file.name.substr(12, file.name.size() - 16);
        ReadPatterns(file.text, tables.build_tools[std::string(family)]);
      } else if (file.name == "jdk-runtimes.txt") {
        ReadJreRows(file.text, tables.jre);
      }
    }
    return tables;
  }();
  return kTables;
}

// "libpq-dev:amd64=15.6-0" -> "libpq-dev"; yum's and dnf's "name.arch" form too: "python-devel.x86_64"
// -> "python-devel" (no Debian or Alpine name ends in an rpm architecture).
std::string_view BareName(std::string_view package) {
  size_t end = 0;  // a plain loop: find_first_of calls memchr once per byte
  while (end < package.size() && package[end] != ':' && package[end] != '=') ++end;
  std::string_view bare = package.substr(0, end);
  static constexpr std::string_view kRpmArchitectures[] = {".x86_64", ".noarch", ".i686",  ".i386",
                                                           ".aarch64", ".ppc64le", ".s390x", ".armv7hl"};
  for (std::string_view arch : kRpmArchitectures)
    if (bare.size() > arch.size() && bare.ends_with(arch)) return bare.substr(0, bare.size() - arch.size());
  return bare;
}

// "3.18.4" -> {3, 18, 4}; stops at the first character that is not a digit or a dot.
std::vector<int> VersionParts(std::string_view version) {
  std::vector<int> parts;
  const char* at = version.data();
  const char* end = at + version.size();
  while (at < end) {
    int part = 0;
    auto [next, error] = std::from_chars(at, end, part);
    if (error != std::errc()) break;
    parts.push_back(part);
    if (next == end || *next != '.') break;
    at = next + 1;
  }
  return parts;
}

// True when `version` satisfies every comma-separated condition (">=3.17", "<8") of `releases`.
bool InReleases(std::string_view releases, std::string_view version) {
  std::vector<int> have = VersionParts(version);
  for (std::string_view condition : Split(releases, ',')) {
    condition = Trim(condition);
    if (condition.empty() || condition == "*") continue;
    bool at_least = condition.starts_with(">=");
    if (!at_least && !condition.starts_with("<")) return false;
    std::vector<int> bound = VersionParts(condition.substr(at_least ? 2 : 1));
    if ((have < bound) == at_least) return false;
  }
  return true;
}

std::string_view FamilyOf(Distro distro) {
  switch (distro) {
    case Distro::kAlpine: return "alpine";
    case Distro::kRedHat: return "redhat";
    default: return "debian";  // Ubuntu shares Debian's tool names; unknown families were Debian before
  }
}

// The version `name` gives for `pattern`'s "{N}" ("openjdk-17-jdk" for "openjdk-{N}-jdk": "17"); "" for a
// pattern without one that `name` equals; nullopt when it does not match.
std::optional<std::string_view> MatchVersioned(std::string_view pattern, std::string_view name) {
  size_t slot = pattern.find("{N}");
  if (slot == std::string_view::npos) return pattern == name ? std::optional<std::string_view>("") : std::nullopt;
  std::string_view prefix = pattern.substr(0, slot), suffix = pattern.substr(slot + 3);
  if (name.size() <= prefix.size() + suffix.size() || !name.starts_with(prefix) || !name.ends_with(suffix))
    return std::nullopt;
  std::string_view version = name.substr(prefix.size(), name.size() - prefix.size() - suffix.size());
  if (version.find_first_not_of("0123456789.") != std::string_view::npos || version[0] < '0' || version[0] > '9')
    return std::nullopt;
  return version;
}

// The JRE package that runs what JDK package `name` built on `distro`'s family; nullopt for other names.
std::optional<std::string> JreFor(std::string_view name, Distro distro) {
  // Every row names a JDK ("openjdk", "default-jdk") or Java ("java-17-openjdk-devel"): most names are neither.
  if (name.find("jdk") == std::string_view::npos && name.find("java") == std::string_view::npos) return std::nullopt;
  std::string_view family = FamilyOf(distro);
  for (const JreRow& row : AllTables().jre) {
    if (row.family != family) continue;
    std::optional<std::string_view> version = MatchVersioned(row.jdk, name);
    if (!version) continue;
    std::string jre = row.jre;
    if (size_t slot = jre.find("{N}"); slot != std::string::npos) jre.replace(slot, 3, *version);
    return jre;
  }
  return std::nullopt;
}

// The codename a Debian or Ubuntu release is known by: "12" -> "bookworm", "22.04" -> "jammy".
std::string_view Codename(const OsRelease& os) {
  static const std::map<std::string_view, std::string_view> kNumbers = {
      {"8", "jessie"},      {"9", "stretch"},    {"10", "buster"},   {"11", "bullseye"}, {"12", "bookworm"},
      {"13", "trixie"},     {"14.04", "trusty"}, {"16.04", "xenial"}, {"18.04", "bionic"}, {"20.04", "focal"}, {"22.04", "jammy"}, {"24.04", "noble"}};
  std::string_view release = os.release;
  if (os.distro == Distro::kDebian) release = release.substr(0, release.find('.'));  // "12.5" -> "12"
  if (os.distro == Distro::kUbuntu && release.size() > 5 && release[5] == '.') release = release.substr(0, 5);
  auto number = kNumbers.find(release);
  return number == kNumbers.end() ? release : number->second;
}

// The row of legacy.tsv for a -dev name of a Debian or Ubuntu release older than the tables: its third
// column lists codenames ("jessie,trusty"), not version ranges.
const std::vector<std::string>* LegacyRuntime(std::string_view name, const OsRelease& os) {
  if (os.distro != Distro::kDebian && os.distro != Distro::kUbuntu) return nullptr;
  const Tables& tables = AllTables();
  auto legacy = tables.runtime.find("legacy");
  if (legacy == tables.runtime.end()) return nullptr;
  auto rows = legacy->second.Rows().find(std::string(name));
  if (rows == legacy->second.Rows().end()) return nullptr;
  std::string_view codename = Codename(os);
  for (const Row& row : rows->second)
    for (std::string_view listed : Split(row.releases, ','))
      if (Trim(listed) == codename) return &row.runtime;
  return nullptr;
}

// The version a curated table's release ranges are compared with: "3.18" for Alpine, "9" for UBI 9.
std::string ComparableRelease(const OsRelease& os) {
  if (VersionParts(os.release).empty()) return std::string(DefaultRelease(os.distro));
  return os.release;
}

}  // namespace

std::string_view DefaultRelease(Distro distro) {
  switch (distro) {
    case Distro::kDebian: return "bookworm";
    case Distro::kUbuntu: return "noble";
    case Distro::kAlpine: return "3.20";
    case Distro::kRedHat: return "9";
    default: return "";
  }
}

std::string PackageTableName(const OsRelease& os) {
  const Tables& tables = AllTables();
  switch (os.distro) {
    case Distro::kDebian:
    case Distro::kUbuntu:
    case Distro::kUnknown: {
      Distro distro = os.distro == Distro::kUnknown ? Distro::kDebian : os.distro;
      std::string prefix = std::string(DistroName(distro)) + "-";
      std::string own = prefix + std::string(Codename({distro, os.release}));
      return tables.runtime.contains(own) ? own : prefix + std::string(DefaultRelease(distro));
    }
    case Distro::kAlpine:
    case Distro::kRedHat: return std::string(FamilyOf(os.distro));
    default: return "";
  }
}

bool HasPackageTable(const OsRelease& os) {
  switch (os.distro) {
    case Distro::kDebian:
    case Distro::kUbuntu:
      return os.release.empty() || AllTables().runtime.contains(std::string(DistroName(os.distro)) + "-" +
                                                                std::string(Codename(os)));
    case Distro::kAlpine:
    case Distro::kRedHat: return true;
    default: return false;
  }
}

namespace {

std::vector<std::string> UncachedRuntimePackagesFor(std::string_view name, const OsRelease& os) {
  if (IsBuildTool(name, os.distro)) return {};
  if (std::optional<std::string> jre = JreFor(name, os.distro)) return {std::move(*jre)};
  if (const std::vector<std::string>* legacy = LegacyRuntime(name, os)) return *legacy;
  const Tables& tables = AllTables();
  auto table = tables.runtime.find(PackageTableName(os));
  if (table == tables.runtime.end()) return {};
  const std::vector<Row> rows = table->second.RowsOf(name);
  if (rows.empty()) return {};
  std::string release = ComparableRelease(os);
  // A row limited to some releases says nothing of an image whose release is unknown.
  const bool release_known = !VersionParts(os.release).empty();
  for (const Row& row : rows)
    if ((release_known || row.releases.empty()) && InReleases(row.releases, release)) return row.runtime;
  return {};
}

// True when the curated table's rows for `name` are limited to releases (Alpine's openssl-dev gives
// libssl1.1 before 3.17 and libssl3 from it) and `os` names no release: which row holds is a guess.
bool UncachedNamesDependOnUnknownRelease(std::string_view name, const OsRelease& os) {
  if (!VersionParts(os.release).empty()) return false;
  const Tables& tables = AllTables();
  auto table = tables.runtime.find(PackageTableName(os));
  if (table == tables.runtime.end()) return false;
  const std::vector<Row> rows = table->second.RowsOf(name);
  return std::any_of(rows.begin(), rows.end(), [](const Row& row) {
    std::string_view releases = Trim(row.releases);
    return !releases.empty() && releases != "*";
  });
}

// The key of the per-thread memos below: the distribution, the release and the package name.
std::string ReleaseKey(std::string_view name, const OsRelease& os) {
  std::string key;
  key.reserve(os.release.size() + name.size() + 2);
  key += static_cast<char>('0' + static_cast<int>(os.distro));
  key += os.release;
  key += '\0';
  key += name;
  return key;
}

bool NamesDependOnUnknownRelease(std::string_view name, const OsRelease& os) {
  // DF201 asks for every package of every install, every round, and the answer reads the table's rows
  // again: memoized per thread by (distro, release, name) as RuntimePackagesFor is, bounded.
  thread_local std::unordered_map<std::string, bool> memo;
  std::string key = ReleaseKey(name, os);
  if (auto it = memo.find(key); it != memo.end()) return it->second;
  if (memo.size() > 4096) memo.clear();
  const bool depends = UncachedNamesDependOnUnknownRelease(name, os);
  memo.emplace(std::move(key), depends);
  return depends;
}

}  // namespace

bool RuntimeNamesKnown(std::string_view dev_package, const OsRelease& os) {
  if (os.assumed && os.distro == Distro::kDebian && os.release == "bookworm")
    for (const std::string& name : RuntimePackagesFor(dev_package, os))
      if (!InstallsOnTrixie(name)) return false;
  // Every release that has a JDK package has its JRE under the matching name.
  if (JreFor(BareName(dev_package), os.distro)) return true;
  const bool debian_like = os.distro == Distro::kDebian || os.distro == Distro::kUbuntu;
  if (!debian_like && NamesDependOnUnknownRelease(BareName(dev_package), os)) return false;
  if (HasPackageTable(os) && !(debian_like && os.release.empty())) return true;
  return LegacyRuntime(BareName(dev_package), os) != nullptr;
}

std::vector<std::vector<std::string>> RuntimeNamesOfEachRelease(std::string_view dev_package, const OsRelease& os) {
  std::vector<std::vector<std::string>> names;
  const Tables& tables = AllTables();
  auto table = tables.runtime.find(PackageTableName(os));
  if (table == tables.runtime.end()) return names;
  for (const Row& row : table->second.RowsOf(BareName(dev_package)))
    if (!row.runtime.empty() && std::find(names.begin(), names.end(), row.runtime) == names.end())
      names.push_back(row.runtime);
  return names;
}

bool RuntimeNamesNeedRelease(std::string_view dev_package, const OsRelease& os) {
  return NamesDependOnUnknownRelease(BareName(dev_package), os);
}

std::vector<std::string> RuntimePackagesFor(std::string_view dev_package, const OsRelease& os) {
  std::string_view name = BareName(dev_package);
  // Rules and rounds ask again for the same packages, and the lookup builds several strings: memoized
  // per thread by (distro, release, name), bounded.
  thread_local std::unordered_map<std::string, std::vector<std::string>> memo;
  std::string key = ReleaseKey(name, os);
  if (auto it = memo.find(key); it != memo.end()) return it->second;
  if (memo.size() > 4096) memo.clear();
  std::vector<std::string> runtime = UncachedRuntimePackagesFor(name, os);
  memo.emplace(std::move(key), runtime);
  return runtime;
}

bool IsJdkPackage(std::string_view package, Distro distro) { return JreFor(BareName(package), distro).has_value(); }

namespace {

bool IsAscii(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

std::string AsciiLower(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace

bool IsBuildTool(std::string_view package, Distro distro) {
  // The answer depends only on the family and the name, and trying every glob is the cost: memoized
  // (hashed: the rules ask ~50 times a file), one table per family, looked up without building a key.
  struct NameHash {
    using is_transparent = void;
    size_t operator()(std::string_view name) const { return std::hash<std::string_view>{}(name); }
  };
  using Answers = std::unordered_map<std::string, bool, NameHash, std::equal_to<>>;
  // Most patterns are plain names: those are one hashed lookup (lowercased, as FNM_CASEFOLD compares
  // them), and only the globs go through fnmatch. Found once per thread and family (FamilyOf names
  // three): finding the family's table by name on every call cost more than the memoized answer.
  struct Family {
    bool looked = false;
    const std::vector<std::string>* patterns = nullptr;  // null: the family has no table
    Answers answers;
    std::unordered_set<std::string, NameHash, std::equal_to<>> plain;  // lowercased
    std::vector<const std::string*> globs;
  };
  thread_local std::array<Family, 3> families;
  const std::string_view family_name = FamilyOf(distro);
  Family& family = families[family_name == "alpine" ? 0 : family_name == "redhat" ? 1 : 2];
  if (!family.looked) {
    family.looked = true;
    const Tables& tables = AllTables();
    if (auto found = tables.build_tools.find(family_name); found != tables.build_tools.end()) {
      family.patterns = &found->second;
      for (const std::string& pattern : found->second) {
        if (IsAscii(pattern) && pattern.find_first_of("*?[\\") == std::string::npos) family.plain.insert(AsciiLower(pattern));
        else family.globs.push_back(&pattern);
      }
    }
  }
  if (family.patterns == nullptr) return false;
  std::string_view bare = BareName(package);
  if (auto found = family.answers.find(bare); found != family.answers.end()) return found->second;
  auto it = family.answers.emplace(std::string(bare), false).first;
  const std::string name(bare);
  if (!IsAscii(name)) {  // fnmatch's own case folding, over every pattern
    for (const std::string& pattern : *family.patterns)
      if (fnmatch(pattern.c_str(), name.c_str(), FNM_CASEFOLD) == 0) return it->second = true;
    return false;
  }
  if (family.plain.contains(AsciiLower(name))) return it->second = true;
  for (const std::string* pattern : family.globs)
    if (fnmatch(pattern->c_str(), name.c_str(), FNM_CASEFOLD) == 0) return it->second = true;
  return false;
}

}  // namespace dockopt::analysis
