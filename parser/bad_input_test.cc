// Bad and extreme input: each gets a precise diagnostic (or is accepted where BuildKit accepts it).
#include <gtest/gtest.h>

#include "emitter/render_diagnostic.h"
#include "ir/emit.h"
#include "parser/parse.h"

namespace dockopt {
namespace {

std::string FirstError(const std::string& text) {
  SourceBuffer source("Dockerfile", text);
  ParseResult result = Parse(source);
  EXPECT_FALSE(result.dockerfile) << "accepted: " << text.substr(0, 80);
  if (result.diagnostics.empty()) return "";
  return RenderDiagnostic(source, result.diagnostics.front());
}

TEST(BadInput, EmptyFile) { EXPECT_EQ(FirstError(""), "Dockerfile:1:1: error: file with no instructions\n\n^\n"); }

TEST(BadInput, OnlyComments) {
  EXPECT_EQ(FirstError("# a\n\n# b\n"), "Dockerfile:4:1: error: file with no instructions\n\n^\n");
}

TEST(BadInput, NulBytes) {
  EXPECT_EQ(FirstError(std::string("FROM a\nRUN x\0y\n", 14)),
            "Dockerfile:2:6: error: NUL byte in input: this is not a text Dockerfile\nRUN x y\n     ^\n");
}

TEST(BadInput, InvalidUtf8IsKeptWithAWarning) {
  std::string text = "FROM a\nLABEL x=\"caf\xE9\"\n";
  SourceBuffer source("Dockerfile", text);
  ParseResult result = Parse(source);
  ASSERT_TRUE(result.dockerfile);
  ASSERT_EQ(result.diagnostics.size(), 1u);
  EXPECT_EQ(result.diagnostics[0].severity, Severity::kWarning);
  EXPECT_EQ(ir::Emit(*result.dockerfile), text);
}

// Bytes >= 0x80 where a heredoc marker or a JSON \u escape is read: the grammar must not hand them to
// std::isdigit/isxdigit (undefined for negative chars; Spirit asserts in debug builds). Found by fuzzing.
TEST(BadInput, HighBytesInHeredocMarkersAndJsonAreRead) {
  for (std::string text : {std::string("FROM a\nRUN \xC3\xA9<<EOF cat\nx\nEOF\n"),
                           std::string("FROM a\nRUN cat <<\xC3\xA9\nx\n\xC3\xA9\n"),
                           std::string("FROM a\nCMD [\"\\u00\xC3\xA9\"]\n"), std::string("FROM a\nCMD [\"caf\xC3\xA9\"]\n")}) {
    SourceBuffer source("Dockerfile", text);
    ParseResult result = Parse(source);  // accepted, or rejected with a diagnostic: never an abort
    if (result.dockerfile) EXPECT_EQ(ir::Emit(*result.dockerfile), text);
    else EXPECT_FALSE(result.diagnostics.empty()) << text;
  }
}

TEST(BadInput, OneMegabyteLineIsRejectedLikeBuildkit) {
  std::string text = "FROM a\nRUN echo " + std::string(1 << 20, 'x') + "\n";
  std::string error = FirstError(text);
  EXPECT_EQ(error.substr(0, error.find('\n')),
            "Dockerfile:2:65536: error: dockerfile line greater than max allowed size of 65535");
}

TEST(BadInput, LongestAllowedLineIsAccepted) {
  std::string text = "FROM a\nRUN " + std::string(65535 - 4, 'x') + "\n";
  SourceBuffer source("Dockerfile", text);
  EXPECT_TRUE(Parse(source).dockerfile);
}

TEST(BadInput, FiftyMegabyteFileParsesAndEmitsExactly) {
  std::string text = "FROM debian\n";
  while (text.size() < (50u << 20)) text += "RUN apt-get update && apt-get install -y curl \\\n    wget  # tools\n";
  SourceBuffer source("Dockerfile", text);
  ParseResult result = Parse(source);
  ASSERT_TRUE(result.dockerfile);
  EXPECT_EQ(ir::Emit(*result.dockerfile), text);
}

TEST(BadInput, UnterminatedHeredoc) {
  EXPECT_EQ(FirstError("FROM a\nRUN <<EOF\necho hi\n"),
            "Dockerfile:2:1: error: unterminated heredoc: no line 'EOF' closes the heredoc started here\n"
            "RUN <<EOF\n^~~\n");
}

TEST(BadInput, ContinuationAtEndOfFileEndsTheInstructionAsInBuildkit) {
  std::string text = "FROM a\nRUN echo hi \\";
  SourceBuffer source("Dockerfile", text);
  ParseResult result = Parse(source);
  ASSERT_TRUE(result.dockerfile);
  EXPECT_EQ(result.dockerfile->instructions[1].rest, "echo hi");
  EXPECT_EQ(ir::Emit(*result.dockerfile), text);
}

TEST(BadInput, UnknownInstruction) {
  EXPECT_EQ(FirstError("FROM a\nFORM b\n"),
            "Dockerfile:2:1: error: unknown instruction 'FORM', did you mean 'FROM'?\nFORM b\n^~~~\n");
}

TEST(BadInput, InstructionBeforeFrom) {
  EXPECT_EQ(FirstError("ARG v=1\nRUN x\nFROM a\n"),
            "Dockerfile:2:1: error: 'RUN' before the first FROM: only ARG may come before FROM\nRUN x\n^~~\n");
}

TEST(BadInput, BadEscapeDirective) {
  EXPECT_EQ(FirstError("# escape=x\nFROM a\n"),
            "Dockerfile:1:10: error: invalid escape token 'x' does not match ` or \\\n# escape=x\n         ^\n");
}

TEST(BadInput, DeeplyNestedJsonIsAnErrorWithinGoLimits) {
  std::string nested = std::string(5000, '[') + std::string(5000, ']');
  std::string error = FirstError("FROM a\nCMD [\"a\", " + nested + "]\n");
  EXPECT_NE(error.find("arrays must be comprised of strings only"), std::string::npos) << error;
}

TEST(BadInput, JsonNestedPastGoLimitFallsBackToShellForm) {
  std::string nested;  // 200,000 brackets over continuation lines, each under the line limit
  for (int i = 0; i < 200; ++i) nested += std::string(1000, '[') + "\\\n";
  SourceBuffer source("Dockerfile", "FROM a\nCMD " + nested + "\n");
  ParseResult result = Parse(source);
  ASSERT_TRUE(result.dockerfile);
  EXPECT_TRUE(result.dockerfile->instructions[1].is_shell());
}

TEST(BadInput, ShellInShellForm) {
  EXPECT_EQ(FirstError("FROM a\nSHELL /bin/bash -c\n"),
            "Dockerfile:2:7: error: SHELL requires the arguments to be in JSON form\nSHELL /bin/bash -c\n      ^~~~~~~~~~~~\n");
}

TEST(BadInput, RepeatedDirective) {
  EXPECT_EQ(FirstError("# escape=`\n# escape=\\\nFROM a\n"),
            "Dockerfile:2:1: error: only one escape parser directive can be used\n# escape=\\\n^~~~~~~~~~\n");
}

}  // namespace
}  // namespace dockopt
