// Parser and optimizer throughput over the real-world corpus (from memory), and parser linearity.
#include <benchmark/benchmark.h>


#include "bench/corpus_files.h"
#include "parser/parse.h"
#include "transforms/optimize.h"

namespace {

const std::vector<std::string>& Corpus() {
  static const std::vector<std::string> files = [] {
    std::vector<std::string> out;
    for (auto& [path, text] : dockopt::bench::RealWorldFiles()) out.push_back(std::move(text));
    return out;
  }();
  return files;
}

void BM_ParseCorpus(benchmark::State& state) {
  const auto& files = Corpus();
  if (files.empty()) {
    state.SkipWithError("corpus absent");
    return;
  }
  size_t bytes = 0;
  for (const auto& f : files) bytes += f.size();
  for (auto _ : state) {
    for (const std::string& text : files) {
      dockopt::SourceBuffer source("Dockerfile", text);
      auto result = dockopt::Parse(source);
      benchmark::DoNotOptimize(result);
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * files.size()));
}
BENCHMARK(BM_ParseCorpus)->Unit(benchmark::kMillisecond);

void BM_OptimizeCorpus(benchmark::State& state) {
  const auto& files = Corpus();
  if (files.empty()) {
    state.SkipWithError("corpus absent");
    return;
  }
  dockopt::OptimizeOptions options;
  options.unsafe = state.range(0) != 0;
  for (auto _ : state) {
    for (const std::string& text : files) {
      dockopt::SourceBuffer source("Dockerfile", text);
      auto result = dockopt::Optimize(source, options);
      benchmark::DoNotOptimize(result);
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * files.size()));
}
BENCHMARK(BM_OptimizeCorpus)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

// A synthetic file of `state.range(0)` MiB, for the linearity check (1 MiB vs 50 MiB).
void BM_ParseSize(benchmark::State& state) {
  std::string text = "FROM debian:bookworm\n";
  size_t target = static_cast<size_t>(state.range(0)) << 20;
  while (text.size() < target)
    text += "# install the tools\nRUN apt-get update && apt-get install -y curl \\\n    wget git && rm -rf /var/lib/apt/lists/*\nENV PATH=/opt/bin:$PATH\nCOPY [\"a b\", \"/dest/\"]\n";
  for (auto _ : state) {
    dockopt::SourceBuffer source("Dockerfile", text);
    auto result = dockopt::Parse(source);
    benchmark::DoNotOptimize(result);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_ParseSize)->Arg(1)->Arg(50)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
