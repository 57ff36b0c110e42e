// BuildKit's Node.Dump: lower-cased keyword, Go-quoted flags and argument nodes.
#include "parser/dump_buildkit.h"

#include "parser/go_text.h"

namespace dockopt {
namespace {

std::string DumpOne(const ir::Dockerfile& df, const ir::Instruction& inst) {
  std::string out;
  for (char c : df.Text(inst.keyword)) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (!inst.flags.empty()) {
    out += " [";
    for (size_t i = 0; i < inst.flags.size(); ++i) {
      if (i > 0) out += ' ';
      out += go::Quote(inst.flags[i].word);
    }
    out += ']';
  }
  if (!inst.onbuild.empty()) {
    out.append(" (").append(DumpOne(df, inst.onbuild.front())).append(")");  // append: GCC 12 -O3 -Wrestrict
  }
  for (const std::string& arg : inst.node_args) out.append(" ").append(go::Quote(arg));
  // Node.Dump trims the result.
  size_t begin = out.find_first_not_of(" \t\n\v\f\r");
  return begin == std::string::npos ? std::string() : out.substr(begin);
}

}  // namespace

std::string DumpBuildkit(const ir::Dockerfile& df) {
  std::string out;
  for (const ir::Instruction& inst : df.instructions) out.append("(").append(DumpOne(df, inst)).append(")\n");
  return out;
}

}  // namespace dockopt
