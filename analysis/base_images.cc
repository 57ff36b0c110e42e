// The base-image table (analysis/data/base-images.tsv and the sets of slim-lacks.tsv), parsed once.
#include "analysis/base_images.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <map>
#include <mutex>
#include <regex>
#include <utility>

#include "analysis/base_image_data.h"
#include "analysis/lazy_regexes.h"
#include "analysis/tsv.h"

namespace dockopt::analysis {

std::optional<ImageNameTag> NormalisedReference(std::string_view image) {
  std::string text(image);
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (text.empty() || text.find('$') != std::string::npos) return std::nullopt;
  size_t at = text.find('@');
  bool digest = at != std::string::npos;
  if (digest) text.resize(at);
  for (std::string_view prefix : {"docker.io/", "index.docker.io/", "registry-1.docker.io/"})
    if (text.starts_with(prefix)) text.erase(0, prefix.size());
  if (text.starts_with("library/")) text.erase(0, 8);
  size_t colon = text.rfind(':');
  if (colon != std::string::npos && text.find('/', colon) == std::string::npos)
    return ImageNameTag{text.substr(0, colon), text.substr(colon + 1)};
  if (digest) return std::nullopt;  // only a digest: which tag it was is unknown
  return ImageNameTag{text, "latest"};
}

namespace {

Distro ParseDistro(std::string_view name) {
  for (Distro d : {Distro::kDebian, Distro::kUbuntu, Distro::kAlpine, Distro::kRedHat, Distro::kDistroless,
                   Distro::kScratch})
    if (DistroName(d) == name) return d;
  return Distro::kUnknown;
}

struct Row {
  std::string name;
  std::string tag;  // a regex over the tag's rest (TagRegex compiles it)
  Distro distro;
  std::string release, slim_variant, runtime_base, static_runtime, source;
  bool toolchain, slim;
  std::vector<std::string> lacks;  // set names, "-pkg" to take a package out
  double size_mb, slim_size_mb;
};

struct Lack {
  std::string set, package;  // package "" = the toolchain itself
  std::vector<std::string> uses, adds;
};

// The table's data lines (views into the embedded text; comments and blank lines skipped, as TsvRows
// does), found in one pass. A line is split and read into a Row only when an image of its name is looked
// up: building all 153 rows on the first FROM was ~0.6 M instructions, 6 % of a one-file run.
const std::vector<std::string_view>& Lines() {
  static const std::vector<std::string_view> kLines = [] {
    std::vector<std::string_view> lines;
    std::string_view text = BaseImageDataFile("base-images.tsv");
    while (!text.empty()) {
      std::string_view line = text.substr(0, text.find('\n'));
      text.remove_prefix(std::min(text.size(), line.size() + 1));
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (!line.empty() && line.front() != '#') lines.push_back(line);
    }
    return lines;
  }();
  return kLines;
}

// Field `index` of a line, as TsvRows reads it ("-" is empty).
std::string_view Field(std::string_view line, size_t index) {
  for (; index > 0; --index) {
    const size_t tab = line.find('\t');
    if (tab == std::string_view::npos) return {};
    line.remove_prefix(tab + 1);
  }
  line = line.substr(0, line.find('\t'));
  return line == "-" ? std::string_view() : line;
}

// The row a line holds; nullopt for a line with fewer than 13 fields.
std::optional<Row> ReadRow(std::string_view line) {
  const std::vector<std::string_view> f = TsvRows(line).front();
  if (f.size() < 13) return std::nullopt;
  return Row{std::string(f[0]), std::string(f[1]), ParseDistro(f[2]), std::string(f[3]),
             std::string(f[6]), std::string(f[7]), std::string(f[8]), std::string(f[12]), f[4] == "1",
             f[5] == "1", Words(f[9]), std::strtod(std::string(f[10]).c_str(), nullptr),
             std::strtod(std::string(f[11]).c_str(), nullptr)};
}

// Line `index`'s row, read the first time it is asked for (thread-safe) and kept: a process that looks
// up many images reads each row once.
const std::optional<Row>& RowOf(size_t index) {
  static std::vector<std::once_flag> read(Lines().size());
  static std::vector<std::optional<Row>> rows(Lines().size());
  std::call_once(read[index], [index] { rows[index] = ReadRow(Lines()[index]); });
  return rows[index];
}

// Each line's name (field 0), parallel to Lines().
const std::vector<std::string_view>& Names() {
  static const std::vector<std::string_view> kNames = [] {
    std::vector<std::string_view> names;
    for (std::string_view line : Lines()) names.push_back(Field(line, 0));
    return names;
  }();
  return kNames;
}

// Line `line`'s tag pattern, compiled the first time an image of its name is looked up.
const std::regex& TagRegex(size_t line) {
  static LazyRegexes regexes = [] {
    std::vector<std::string> tags;
    for (std::string_view each : Lines()) tags.emplace_back(Field(each, 1));
    return LazyRegexes(std::move(tags));
  }();
  return regexes.At(line);
}

const std::vector<Lack>& Lacks() {
  static const std::vector<Lack> kLacks = [] {
    std::vector<Lack> lacks;
    for (const auto& f : TsvRows(BaseImageDataFile("slim-lacks.tsv")))
      if (f.size() >= 4) lacks.push_back({std::string(f[0]), std::string(f[1]), Words(f[2]), Words(f[3])});
    return lacks;
  }();
  return kLacks;
}

// The rows of an embedded table, split once.
const std::vector<std::vector<std::string_view>>& Table(std::string_view file) {
  static const auto kCodenames = TsvRows(BaseImageDataFile("os-codenames.tsv"));
  static const auto kSourceBuilds = TsvRows(BaseImageDataFile("source-builds.tsv"));
  static const auto kDistroPython = TsvRows(BaseImageDataFile("distro-python.tsv"));
  if (file == "distro-python.tsv") return kDistroPython;
  return file == "os-codenames.tsv" ? kCodenames : kSourceBuilds;
}

// A tag component that names a release: "bookworm", "jammy", "alpine3.18", "alpine", "oraclelinux8".
std::optional<OsRelease> ReleaseComponent(std::string_view component) {
  for (const auto& f : Table("os-codenames.tsv"))
    if (f.size() >= 3 && f[0] == component) return OsRelease{ParseDistro(f[1]), std::string(f[2])};
  if (component.starts_with("alpine")) {
    std::string_view version = component.substr(6);
    if (version.empty() || std::all_of(version.begin(), version.end(), [](char c) { return std::isdigit(c) || c == '.'; }))
      return OsRelease{Distro::kAlpine, std::string(version)};
  }
  if (component.starts_with("oraclelinux") && component.size() > 11) return OsRelease{Distro::kRedHat, std::string(component.substr(11))};
  return std::nullopt;
}

struct Reference {
  std::string name, tag;       // "python", "3.11-slim"
  std::string rest;            // the tag without its release component: "3.11-slim"
  std::string component;       // that component: "bookworm"; "" when none
  std::optional<OsRelease> os; // what it names
};

std::optional<Reference> Parse(std::string_view image) {
  std::optional<ImageNameTag> split = NormalisedReference(image);
  if (!split) return std::nullopt;
  Reference ref;
  ref.name = std::move(split->name);
  ref.tag = std::move(split->tag);
  std::vector<std::string> parts;
  for (size_t i = 0; i <= ref.tag.size();) {
    size_t dash = std::min(ref.tag.find('-', i), ref.tag.size());
    parts.push_back(ref.tag.substr(i, dash - i));
    i = dash + 1;
  }
  for (size_t i = 0; i < parts.size(); ++i) {
    if (std::optional<OsRelease> os = ReleaseComponent(parts[i])) {
      ref.os = os;
      ref.component = parts[i];
      parts.erase(parts.begin() + static_cast<std::ptrdiff_t>(i));
      break;
    }
  }
  for (const std::string& part : parts) ref.rest += (ref.rest.empty() ? "" : "-") + part;
  if (ref.rest.empty()) ref.rest = "latest";
  return ref;
}

// Fills a template field: {1}, {2} (regex groups), {-os}, {os-}, {release}. Empty when it needs a
// release and none is known.
std::string Expand(std::string_view field, const std::smatch& groups, const Reference& ref, const std::string& release) {
  std::string out;
  for (size_t i = 0; i < field.size(); ++i) {
    size_t close = field.find('}', i);
    if (field[i] != '{' || close == std::string_view::npos) {
      out += field[i];
      continue;
    }
    std::string_view key = field.substr(i + 1, close - i - 1);
    if (key == "-os") out += ref.component.empty() ? "" : "-" + ref.component;
    else if (key == "os-") out += ref.component.empty() ? "" : ref.component + "-";
    else if (key == "release") {
      if (release.empty()) return "";
      out += release;
    } else if (key.size() == 1 && std::isdigit(static_cast<unsigned char>(key[0]))) {
      out += groups[static_cast<size_t>(key[0] - '0')].str();
    }
    i = close;
  }
  return out;
}

void AddUnique(std::vector<std::string>& list, const std::string& item) {
  if (!item.empty() && std::find(list.begin(), list.end(), item) == list.end()) list.push_back(item);
}

// Expands a row's `lacks` sets into packages and toolchain commands.
void FillLacks(std::vector<std::string> sets, BaseImageFacts& facts) {
  if (facts.toolchain) sets.push_back("build");  // build drivers need the toolchain whatever the image
  for (const std::string& set : sets) {
    if (set.starts_with("-")) continue;
    for (const Lack& lack : Lacks()) {
      if (lack.set != set) continue;
      if (lack.package.empty())
        for (const std::string& command : lack.uses) AddUnique(facts.slim_lacks_tools, command);
      else
        AddUnique(facts.slim_lacks, lack.package);
    }
  }
  for (const std::string& set : sets)
    if (set.starts_with("-")) std::erase(facts.slim_lacks, set.substr(1));
}

std::string NormalizedPackage(std::string_view ecosystem, std::string_view package) {
  std::string out;
  for (char c : package) {
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (ecosystem == "pip" && (c == '_' || c == '.')) c = '-';
    out += c;
  }
  return out;
}

}  // namespace

namespace {

std::optional<BaseImageFacts> LookupUncached(std::string_view image) {
  std::optional<Reference> ref = Parse(image);
  if (!ref) return std::nullopt;
  const std::vector<std::string_view>& names = Names();
  for (size_t index = 0; index < names.size(); ++index) {
    if (names[index] != ref->name) continue;
    const std::optional<Row>& read = RowOf(index);
    if (!read) continue;
    const Row& row = *read;
    std::smatch groups;
    if ((ref->os && ref->os->distro != row.distro) || !std::regex_match(ref->rest, groups, TagRegex(index)))
      continue;
    BaseImageFacts facts;
    facts.family = row.name;
    facts.reference = ref->name + ":" + ref->tag;
    // A bare "alpine" in the tag names the distribution but not its release: the row's default stands.
    std::string release = ref->os && !ref->os->release.empty() ? ref->os->release : Expand(row.release, groups, *ref, "");
    facts.os = {row.distro, release};
    facts.os.assumed = !(ref->os && !ref->os->release.empty()) && row.release == release;  // the row's default
    facts.toolchain = row.toolchain;
    facts.slim = row.slim;
    facts.slim_variant = Expand(row.slim_variant, groups, *ref, release);
    facts.runtime_base = Expand(row.runtime_base, groups, *ref, release);
    facts.static_runtime = Expand(row.static_runtime, groups, *ref, release);
    FillLacks(row.lacks, facts);
    facts.size_mb = row.size_mb;
    facts.slim_size_mb = row.slim_size_mb;
    facts.source = row.source;
    return facts;
  }
  return std::nullopt;
}

}  // namespace

std::optional<BaseImageFacts> LookupBaseImage(std::string_view image) {
  // Several rules look up the same FROM lines, every round, and the tag regexes are the cost: memoized.
  thread_local std::map<std::string, std::optional<BaseImageFacts>, std::less<>> memo;
  if (auto it = memo.find(image); it != memo.end()) return it->second;
  if (memo.size() > 4096) memo.clear();
  std::optional<BaseImageFacts> facts = LookupUncached(image);
  memo.emplace(image, facts);
  return facts;
}

std::vector<std::string> PackagesForUse(std::string_view use) {
  std::vector<std::string> packages;
  for (const Lack& lack : Lacks()) {
    if (lack.package.empty() || std::find(lack.uses.begin(), lack.uses.end(), use) == lack.uses.end()) continue;
    AddUnique(packages, lack.package);
    for (const std::string& add : lack.adds) AddUnique(packages, add);
  }
  return packages;
}

std::string SourceBuildReason(std::string_view ecosystem, std::string_view package) {
  // (ecosystem, normalized name) -> the first row's reason, built once: normalizing every row on every
  // call was most of the cost (DF202 asks for each package of each install, every round).
  static const auto kReasons = [] {
    std::map<std::pair<std::string, std::string>, std::string, std::less<>> reasons;
    for (const auto& f : Table("source-builds.tsv"))
      if (f.size() >= 3) reasons.try_emplace({std::string(f[0]), NormalizedPackage(f[0], f[1])}, std::string(f[2]));
    return reasons;
  }();
  auto found = kReasons.find(std::pair<std::string, std::string>(ecosystem, NormalizedPackage(ecosystem, package)));
  return found == kReasons.end() ? "" : found->second;
}

std::string DistroPython3(const OsRelease& os) {
  for (const auto& f : Table("distro-python.tsv")) {
    if (f.size() < 3 || ParseDistro(f[0]) != os.distro) continue;
    std::string_view names = f[1];
    while (!names.empty()) {
      size_t comma = names.find(',');
      if (names.substr(0, comma) == os.release) return std::string(f[2]);
      names = comma == std::string_view::npos ? std::string_view() : names.substr(comma + 1);
    }
  }
  return "";
}

std::vector<std::string> ImagePathDirs(std::string_view family) {
  static const auto kRows = TsvRows(BaseImageDataFile("image-path-dirs.tsv"));
  for (const auto& f : kRows)
    if (f.size() >= 2 && f[0] == family) return Words(f[1]);
  return {};
}

bool IsImageProgram(std::string_view family, std::string_view name) {
  static const auto kRows = TsvRows(BaseImageDataFile("image-programs.tsv"));
  for (const auto& f : kRows)
    if (f.size() >= 2 && f[0] == family) {
      std::vector<std::string> names = Words(f[1]);
      return std::find(names.begin(), names.end(), name) != names.end();
    }
  return false;
}

bool HasCaCertificates(const BaseImageFacts& facts) {
  static const auto kRows = TsvRows(BaseImageDataFile("image-ca-certificates.tsv"));
  for (const auto& f : kRows)
    if (f.size() >= 2 && f[0] == facts.family) return f[1] == "all" || facts.toolchain;
  return false;
}

const std::vector<std::string>& ToolchainCommands() {
  static const std::vector<std::string> kCommands = [] {
    std::vector<std::string> commands;
    for (const Lack& lack : Lacks())
      if (lack.package.empty())
        for (const std::string& command : lack.uses) AddUnique(commands, command);
    return commands;
  }();
  return kCommands;
}

}  // namespace dockopt::analysis
