// DF202 on the shapes the fifth session's readers opened up: a container command that runs the Go
// tool through a vendoring wrapper, and a shell entrypoint whose CMD is a shell, stay unsplit.
#include <gtest/gtest.h>

#include "transforms/rules/rule_test_util.h"

namespace dockopt {
namespace {

constexpr std::string_view kRule = "DF202";

TEST(SplitTail3Test, GodepRunningGoIsABuildTool) {
  constexpr std::string_view kInput =
      "FROM golang:1.4\nWORKDIR /go/src/app\nRUN go get github.com/tools/godep\nCOPY . /go/src/app\n"
      "RUN godep restore\nCMD [\"godep\", \"go\", \"run\", \"main.go\"]\n";
  ExpectBlocked(kRule, kInput, "the container's command runs 'go', a build tool");
}

TEST(SplitTail3Test, ShellEntrypointRunningAShellIsABuildEnvironment) {
  constexpr std::string_view kInput =
      "FROM centos:8\nRUN yum install -y git gcc-c++ make\n"
      "RUN curl -fkL https://example.com/go.tar.gz | tar -zxC /usr/local/\n"
      "ENTRYPOINT [\"bash\", \"-c\"]\nCMD [\"/bin/bash\"]\n";
  ExpectBlocked(kRule, kInput, "the image is a build environment");
}

TEST(SplitTail3Test, ShellEntrypointRunningAnAppIsSplit) {
  constexpr std::string_view kInput =
      "FROM debian:12\nRUN apt-get update && apt-get install -y curl gcc && rm -rf /var/lib/apt/lists/*\n"
      "RUN curl -fsSL https://example.com/app.tgz | tar -xzC /src && gcc -O2 -o /usr/local/bin/app /src/main.c\n"
      "ENTRYPOINT [\"bash\", \"-c\"]\nCMD [\"app --serve\"]\n";
  OptimizeResult result = RunRule(kRule, kInput, true);
  EXPECT_NE(result.output.find("COPY --from=builder /usr/local/bin/app /usr/local/bin/app"), std::string::npos)
      << result.output;
}

TEST(SplitTail3Test, ChpasswdIsReplayedWithTheEchoPipedIntoIt) {
  constexpr std::string_view kInput =
      "FROM debian:12\nRUN apt-get update && apt-get install -y curl gcc && rm -rf /var/lib/apt/lists/*\n"
      "RUN useradd -m app && echo 'app:secret' | \\\n    chpasswd\n"
      "RUN curl -fsSL https://example.com/app.tgz | tar -xzC /src && gcc -O2 -o /usr/local/bin/app /src/main.c\nCMD [\"app\"]\n";
  OptimizeResult result = RunRule(kRule, kInput, true);
  size_t production = result.output.find("AS production");
  ASSERT_NE(production, std::string::npos) << result.output;
  EXPECT_NE(result.output.find("echo 'app:secret' | chpasswd", production), std::string::npos) << result.output;
}

TEST(SplitTail3Test, ChpasswdFedByAnotherCommandBlocks) {
  constexpr std::string_view kInput =
      "FROM debian:12\nRUN apt-get update && apt-get install -y curl gcc && rm -rf /var/lib/apt/lists/*\n"
      "RUN useradd -m app && cat /etc/app.pw | chpasswd\n"
      "RUN curl -fsSL https://example.com/app.tgz | tar -xzC /src && gcc -O2 -o /usr/local/bin/app /src/main.c\nCMD [\"app\"]\n";
  ExpectBlocked(kRule, kInput, "feeds 'chpasswd' input production would not repeat");
}

}  // namespace
}  // namespace dockopt
