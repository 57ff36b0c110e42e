// Shared review pieces: columns in bytes and code points, URIs, fingerprints, fix notes.
#include "emitter/review_text.h"

#include <gtest/gtest.h>

namespace dockopt {
namespace {

TEST(ReviewText, ColumnsCountBytesOrCodePoints) {
  SourceBuffer source("Dockerfile", "FROM a\r\nLABEL x=\"h\xC3\xA9llo\" y=1\n");
  uint32_t y = static_cast<uint32_t>(source.text().find("y="));
  EXPECT_EQ(BytePosition(source, y).line, 2u);
  EXPECT_EQ(BytePosition(source, y).col, 18u);       // "é" is two bytes
  EXPECT_EQ(CodePointPosition(source, y).col, 17u);  // and one code point
  EXPECT_EQ(CodePointPosition(source, static_cast<uint32_t>(source.text().size())).line, 3u);
}

TEST(ReviewText, PathsBecomeValidUriReferences) {
  EXPECT_EQ(PathToUri("svc/api/Dockerfile"), "svc/api/Dockerfile");
  EXPECT_EQ(PathToUri("./a b/Dockerfile"), "a%20b/Dockerfile");
  EXPECT_EQ(PathToUri("<stdin>"), "%3Cstdin%3E");
  EXPECT_EQ(PathToUri("/x/../y/Dockerfile"), "file:///y/Dockerfile");
}

TEST(ReviewText, FingerprintIgnoresLineNumbersButSeparatesEqualFindings) {
  SourceBuffer a("Dockerfile", "FROM a\nRUN x\nRUN x\n");
  SourceBuffer b("Dockerfile", "FROM a\n\n\nRUN x\nRUN x\n");
  auto review = [](const SourceBuffer& source, uint32_t first, uint32_t second) {
    FileReview file{&source, {}, false};
    for (uint32_t at : {first, second}) {
      Report report{"DF111", {at, at + 5}, "merge", "safe fix", true, "merge", {}, -1};
      file.findings.push_back({report, Level::kWarning});
    }
    return file;
  };
  FileReview ra = review(a, 7, 13), rb = review(b, 9, 15);
  EXPECT_EQ(Fingerprint(ra, 0), Fingerprint(rb, 0));
  EXPECT_EQ(Fingerprint(ra, 1), Fingerprint(rb, 1));
  EXPECT_NE(Fingerprint(ra, 0), Fingerprint(ra, 1));
  EXPECT_EQ(Fingerprint(ra, 0).size(), 16u);
}

TEST(ReviewText, FixNoteSaysWhatHappensToTheFix) {
  SourceBuffer source("Dockerfile", "FROM a\nRUN x\n");
  FileReview file{&source, {}, false};
  file.findings.push_back({Report{"DF202", {0, 6}, "m", "unsafe fix", true, "split", {}, -1}, Level::kWarning});
  file.findings.push_back({Report{"DF104", {7, 12}, "m", "safe fix", true, "add", {}, 0}, Level::kWarning});
  file.findings.push_back({Report{"DF301", {0, 6}, "m", "unsafe fix", false, "add user", {}, -1}, Level::kWarning});
  file.findings.push_back({Report{"DF110", {0, 6}, "m", "suggestion", false, "", {}, -1}, Level::kInfo});
  EXPECT_EQ(FixNote(file, file.findings[0]), "unsafe fix (it may change what the image does; review it): split");
  EXPECT_EQ(FixNote(file, file.findings[1]), "safe fix: add (part of the DF202 suggestion at line 1)");
  EXPECT_EQ(FixNote(file, file.findings[2]), "unsafe fix available with --unsafe: add user");
  EXPECT_EQ(FixNote(file, file.findings[3]), "no automatic fix");
}

}  // namespace
}  // namespace dockopt
