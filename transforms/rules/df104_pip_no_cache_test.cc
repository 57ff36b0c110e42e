// Tests for DF104 pip-no-cache through Optimize with only DF104 selected.
#include <gtest/gtest.h>

#include "transforms/rules/rule_test_util.h"

namespace dockopt {
namespace {

constexpr std::string_view kRule = "DF104";

TEST(PipNoCacheTest, AddsFlagToEverySpelling) {
  EXPECT_EQ(Fixed(kRule, "FROM python:3.12\nRUN pip install flask\n"),
            "FROM python:3.12\nRUN pip install --no-cache-dir flask\n");
  EXPECT_EQ(Fixed(kRule, "FROM python:3.12\nRUN pip3 install -r requirements.txt && python -m pip install gunicorn\n"),
            "FROM python:3.12\nRUN pip3 install --no-cache-dir -r requirements.txt && "
            "python -m pip install --no-cache-dir gunicorn\n");
  EXPECT_EQ(Fixed(kRule, "FROM python:3.12\nRUN python3 -m pip install --upgrade pip\n"),
            "FROM python:3.12\nRUN python3 -m pip install --no-cache-dir --upgrade pip\n");
  EXPECT_EQ(Fixed(kRule, "FROM python:3.12\nRUN sudo -H pip install x\n"),
            "FROM python:3.12\nRUN sudo -H pip install --no-cache-dir x\n");
}

TEST(PipNoCacheTest, Reports) {
  OptimizeResult result = RunRule(kRule, "FROM python:3.12\nRUN pip install flask\n");
  ASSERT_EQ(result.reports.size(), 1u);
  EXPECT_EQ(result.reports[0].rule_id, "DF104");
  EXPECT_EQ(result.reports[0].message,
            "'pip install' without --no-cache-dir keeps pip's download cache in the image layer");
  EXPECT_EQ(result.reports[0].safety, "safe fix");
  EXPECT_TRUE(result.reports[0].applied);
}

// A pip install inside `bash -c STRING` (shell or exec form) is named, not edited; the string's own
// flag, PIP_NO_CACHE_DIR and a cache mount keep it quiet, as for a plain install.
TEST(PipNoCacheTest, InsideAShellStringIsASuggestion) {
  for (std::string_view text : {"FROM python:3.12\nRUN [\"/bin/bash\", \"-c\", \"pip install -r <(cat a.txt)\"]\n",
                                "FROM python:3.12\nRUN sh -c 'pip install flask'\n"}) {
    OptimizeResult result = RunRule(kRule, text);
    EXPECT_EQ(result.output, text);  // the string is not edited
    ASSERT_EQ(result.reports.size(), 1u) << text;
    EXPECT_NE(result.reports[0].message.find("inside '"), std::string::npos) << result.reports[0].message;
    EXPECT_FALSE(result.reports[0].applied);
  }
  for (std::string_view text : {"FROM python:3.12\nRUN sh -c 'pip install --no-cache-dir flask'\n",
                                "FROM python:3.12\nENV PIP_NO_CACHE_DIR=1\nRUN [\"bash\", \"-c\", \"pip install flask\"]\n",
                                "FROM python:3.12\nRUN --mount=type=cache,target=/root/.cache sh -c 'pip install flask'\n",
                                "FROM python:3.12\nRUN [\"bash\", \"-c\", \"pip download flask\"]\n"})
    EXPECT_TRUE(RunRule(kRule, text).reports.empty()) << text;
}

TEST(PipNoCacheTest, Negatives) {
  for (std::string_view text : {
           "FROM python:3.12\nRUN pip install --no-cache-dir flask\n",
           "FROM python:3.12\nRUN pip install --cache-dir /cache flask\n",
           "FROM python:3.12\nRUN pip install --no-cache /wheels/*\n",  // pip's prefix of --no-cache-dir
           "FROM python:3.12\nRUN pip download flask && pip wheel x && pip uninstall -y y\n",
           "FROM python:3.12\nENV PIP_NO_CACHE_DIR=1\nRUN pip install flask\n",
           "FROM python:3.12\nENV PIP_NO_CACHE_DIR off\nRUN pip install flask\n",
           "FROM python:3.12\nENV PIP_NO_CACHE_DIR=\"true\" PIP_DISABLE_PIP_VERSION_CHECK=1\nRUN pip install flask\n",
           "FROM python:3.12\nARG PIP_NO_CACHE_DIR=yes\nRUN pip install flask\n",
           "FROM python:3.12 AS base\nENV PIP_NO_CACHE_DIR=1\nFROM base\nRUN pip install flask\n",
           "FROM python:3.12\nRUN PIP_NO_CACHE_DIR=1 pip install flask\n",
           "FROM python:3.12\nRUN env PIP_NO_CACHE_DIR=1 pip install flask\n",
           "FROM python:3.12\nRUN --mount=type=cache,target=/root/.cache/pip pip install flask\n",
           "FROM python:3.12\nRUN [\"pip\", \"install\", \"flask\"]\n",
           "FROM python:3.12\nRUN if true then pip install flask; fi\n",  // unreadable: kept whole
       }) {
    OptimizeResult result = RunRule(kRule, text);
    EXPECT_EQ(result.output, text);
    EXPECT_TRUE(result.reports.empty()) << text;
  }
}

TEST(PipNoCacheTest, EnvAfterTheRunDoesNotCount) {
  EXPECT_EQ(Fixed(kRule, "FROM python:3.12\nRUN pip install a\nENV PIP_NO_CACHE_DIR=1\nRUN pip install b\n"),
            "FROM python:3.12\nRUN pip install --no-cache-dir a\nENV PIP_NO_CACHE_DIR=1\nRUN pip install b\n");
  // Another stage's ENV does not reach an unrelated stage.
  EXPECT_EQ(Fixed(kRule, "FROM python:3.12 AS a\nENV PIP_NO_CACHE_DIR=1\nFROM python:3.12\nRUN pip install b\n"),
            "FROM python:3.12 AS a\nENV PIP_NO_CACHE_DIR=1\nFROM python:3.12\nRUN pip install --no-cache-dir b\n");
}

TEST(PipNoCacheTest, KeepsLayoutAndComments) {
  EXPECT_EQ(Fixed(kRule, "FROM python:3.12\n"
                         "RUN pip install \\\n"
                         "    # web\n"
                         "    flask \\\n"
                         "    gunicorn\n"),
            "FROM python:3.12\n"
            "RUN pip install --no-cache-dir \\\n"
            "    # web\n"
            "    flask \\\n"
            "    gunicorn\n");
  EXPECT_EQ(Fixed(kRule, "from python:3.12\r\nrun\tpip\tinstall\tflask\r\n"),
            "from python:3.12\r\nrun\tpip\tinstall --no-cache-dir\tflask\r\n");
}

TEST(PipNoCacheTest, HeredocScript) {
  EXPECT_EQ(Fixed(kRule, "FROM python:3.12\nRUN <<EOF\npip install flask\nEOF\n"),
            "FROM python:3.12\nRUN <<EOF\npip install --no-cache-dir flask\nEOF\n");
}

TEST(PipNoCacheTest, Suppressed) {
  std::string text = "FROM python:3.12\n# dockopt: ignore=DF104\nRUN pip install flask\n";
  EXPECT_EQ(Fixed(kRule, text), text);
}

// uv, poetry and pipenv keep their own caches (mealie's `poetry install` in production, renku's
// `pipenv install --system`): their cleanup joins the RUN after the last install.
TEST(PipNoCacheTest, UvPoetryPipenvCaches) {
  EXPECT_EQ(Fixed(kRule, "FROM python:3.12-slim\nRUN uv sync --frozen --no-dev\n"),
            "FROM python:3.12-slim\nRUN uv sync --frozen --no-dev && uv cache clean\n");
  EXPECT_EQ(Fixed(kRule, "FROM python:3.12-slim\nRUN uv pip install --system -r a.txt && uv pip install --system -r b.txt\n"),
            "FROM python:3.12-slim\nRUN uv pip install --system -r a.txt && uv pip install --system -r b.txt && uv cache clean\n");
  EXPECT_EQ(Fixed(kRule, "FROM python:3.11-slim\nRUN . $VENV/bin/activate && poetry install -n --only main\n"),
            "FROM python:3.11-slim\nRUN . $VENV/bin/activate && poetry install -n --only main && rm -rf ~/.cache/pypoetry\n");
  EXPECT_EQ(Fixed(kRule, "FROM python:3.7-alpine\nRUN pipenv install --system --deploy\n"),
            "FROM python:3.7-alpine\nRUN pipenv install --system --deploy && rm -rf ~/.cache/pipenv ~/.cache/pip\n");
  // A moved cache is only reported: the cleanup would not find it.
  const std::string moved = "FROM python:3.11-slim\nENV POETRY_CACHE_DIR=/opt/cache\nRUN poetry install\n";
  OptimizeResult result = RunRule(kRule, moved);
  EXPECT_EQ(result.output, moved);
  ASSERT_EQ(result.reports.size(), 1u);
  EXPECT_EQ(result.reports[0].safety, "suggestion");
  for (std::string_view text : {
           "FROM python:3.12-slim\nRUN uv sync --no-cache\n",
           "FROM python:3.12-slim\nRUN uv sync -n\n",
           "FROM python:3.12-slim\nENV UV_NO_CACHE=1\nRUN uv sync\n",
           "FROM python:3.12-slim\nRUN uv sync && uv cache clean\n",
           "FROM python:3.12-slim\nRUN --mount=type=cache,target=/root/.cache/uv uv sync\n",
           "FROM python:3.12-slim\nRUN poetry install && rm -rf ~/.cache/pypoetry\n",
           "FROM python:3.12-slim\nRUN poetry build && uv run app\n",
       }) {
    OptimizeResult r = RunRule(kRule, text);
    EXPECT_EQ(r.output, text);
    EXPECT_TRUE(r.reports.empty()) << text;
  }
}

// pipx runs pip without --no-cache-dir (theHarvester's `pipx install git+https://...`).
TEST(PipNoCacheTest, PipxLeavesPipsCache) {
  EXPECT_EQ(Fixed(kRule, "FROM python:3.11-slim\nRUN pipx install poetry && pipx inject poetry poetry-plugin-export\n"),
            "FROM python:3.11-slim\nRUN pipx install poetry && pipx inject poetry poetry-plugin-export && rm -rf ~/.cache/pip\n");
  for (std::string_view text : {
           "FROM python:3.11-slim\nRUN pipx install --pip-args=--no-cache-dir poetry\n",
           "FROM python:3.11-slim\nENV PIP_NO_CACHE_DIR=1\nRUN pipx install poetry\n",
           "FROM python:3.11-slim\nRUN pipx install poetry && rm -rf /root/.cache\n",
           "FROM python:3.11-slim\nRUN pipx ensurepath\n",
       }) {
    OptimizeResult r = RunRule(kRule, text);
    EXPECT_EQ(r.output, text);
    EXPECT_TRUE(r.reports.empty()) << text;
  }
}

// The python-pip of Ubuntu 14.04 (1.5.4) and Debian jessie (1.5.6) predates pip 6: it keeps no cache
// and rejects --no-cache-dir (held19's yeti-platform/yeti on ubuntu:14.04). Once pip upgrades itself,
// or on 16.04's pip 8, the option is added as anywhere else.
TEST(PipNoCacheTest, OldDistroPipHasNoCacheOption) {
  for (std::string_view text : {
           "FROM ubuntu:14.04\nRUN apt-get update && apt-get install -y python-pip\nRUN pip install -r requirements.txt\n",
           "FROM debian:jessie\nRUN apt-get install -y python3-pip && pip3 install flask\n",
           "FROM ubuntu:14.04 AS base\nRUN apt-get install -y python-pip\nFROM base\nRUN pip install flask\n",
           "FROM ubuntu:14.04\nRUN apt-get install -y python-pip && pip install flask && pip install -U pip\n",
       }) {
    OptimizeResult r = RunRule(kRule, text);
    EXPECT_EQ(r.output, text);
    EXPECT_TRUE(r.reports.empty()) << text;
  }
  EXPECT_EQ(Fixed(kRule, "FROM ubuntu:14.04\nRUN apt-get install -y python-pip && pip install -U pip\nRUN pip install flask\n"),
            "FROM ubuntu:14.04\nRUN apt-get install -y python-pip && pip install -U pip\nRUN pip install --no-cache-dir flask\n");
  EXPECT_EQ(Fixed(kRule, "FROM ubuntu:16.04\nRUN apt-get install -y python-pip\nRUN pip install flask\n"),
            "FROM ubuntu:16.04\nRUN apt-get install -y python-pip\nRUN pip install --no-cache-dir flask\n");
  EXPECT_EQ(Fixed(kRule, "FROM python:2.7-jessie\nRUN apt-get install -y python-pip\nRUN pip install flask\n"),
            "FROM python:2.7-jessie\nRUN apt-get install -y python-pip\nRUN pip install --no-cache-dir flask\n");
}

}  // namespace
}  // namespace dockopt
