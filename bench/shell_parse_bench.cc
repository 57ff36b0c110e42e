// Shell model throughput: every shell-form RUN of the real-world corpus through ParseScript (from memory).
#include <benchmark/benchmark.h>

#include <memory>

#include "bench/corpus_files.h"
#include "parser/parse.h"
#include "shell/instruction_script.h"

namespace {

struct Corpus {
  std::vector<std::unique_ptr<dockopt::SourceBuffer>> sources;
  std::vector<dockopt::ir::Dockerfile> files;
};

const Corpus& LoadCorpus() {
  static const Corpus corpus = [] {
    Corpus out;
    for (auto& [path, text] : dockopt::bench::RealWorldFiles()) {
      auto source = std::make_unique<dockopt::SourceBuffer>(path, std::move(text));
      dockopt::ParseResult parsed = dockopt::ParseSyntax(*source);
      if (!parsed.dockerfile) continue;
      out.files.push_back(std::move(*parsed.dockerfile));
      out.sources.push_back(std::move(source));
    }
    return out;
  }();
  return corpus;
}

// Bytes are the shell text of RUN/CMD/ENTRYPOINT arguments; the Dockerfile parse is done once, outside.
void BM_ShellParseCorpus(benchmark::State& state) {
  const Corpus& corpus = LoadCorpus();
  if (corpus.files.empty()) {
    state.SkipWithError("corpus absent");
    return;
  }
  size_t bytes = 0;
  for (const auto& df : corpus.files)
    for (const auto& instr : df.instructions)
      if (auto script = dockopt::shell::ParseInstructionScript(df, instr)) bytes += script->text.size();
  for (auto _ : state) {
    for (const auto& df : corpus.files)
      for (const auto& instr : df.instructions) {
        auto script = dockopt::shell::ParseInstructionScript(df, instr);
        benchmark::DoNotOptimize(script);
      }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
}
BENCHMARK(BM_ShellParseCorpus)->Unit(benchmark::kMillisecond);

}  // namespace
