// Tests for BaseImageOf: FROM chains and `${ARG}` in FROM, expanded with shell/'s BuildKit word expansion.
#include "transforms/rules/base_image.h"

#include <gtest/gtest.h>

#include "parser/parse.h"

namespace dockopt {
namespace {

// "name:tag" of the last stage's base image, or "unknown".
std::string FinalBase(const std::string& text) {
  SourceBuffer source("Dockerfile", text);
  ParseResult parsed = Parse(source);
  if (!parsed.dockerfile) return "parse error";
  ImageRef ref = BaseImageOf(*parsed.dockerfile, FinalStage(*parsed.dockerfile));
  if (!ref.known) return "unknown";
  return ref.tag.empty() ? ref.name : ref.name + ":" + ref.tag;
}

struct Case {
  const char* dockerfile;
  const char* base;
};

// The forms the hand-written expander read; these results are the ones it gave.
TEST(BaseImageOfTest, ReadsTheFormsTheHandWrittenExpanderRead) {
  const Case kCases[] = {
      {"FROM python:3.12-slim\n", "python:3.12-slim"},
      {"FROM Python:3.12\n", "python:3.12"},
      {"FROM gcr.io/distroless/static:nonroot@sha256:abc\n", "gcr.io/distroless/static:nonroot"},
      {"FROM localhost:5000/app\n", "localhost:5000/app"},
      {"ARG TAG=3.12\nFROM python:$TAG\n", "python:3.12"},
      {"ARG TAG=3.12\nFROM python:${TAG}-slim\n", "python:3.12-slim"},
      {"ARG TAG=\"3.12\"\nFROM python:${TAG}\n", "python:3.12"},
      {"ARG TAG='3.12'\nFROM python:${TAG}\n", "python:3.12"},
      {"ARG TAG\nFROM python:${TAG:-3.11}\n", "python:3.11"},
      {"FROM python:${TAG:-3.11}\n", "python:3.11"},
      {"ARG TAG=3.12\nFROM python:${TAG:-3.11}\n", "python:3.12"},
      {"ARG TAG=\nFROM python:${TAG:-3.11}\n", "python:3.11"},
      {"ARG TAG=1\nARG TAG=2\nFROM python:$TAG\n", "python:2"},
      {"ARG TAG=1\nARG TAG\nFROM python:$TAG\n", "python:1"},
      {"ARG A=x B=y\nFROM $A:$B\n", "x:y"},
      {"ARG TAG\nFROM python:$TAG\n", "unknown"},
      {"FROM python:${TAG}\n", "unknown"},
      {"ARG TAG=\nFROM python:$TAG\n", "unknown"},
      {"FROM node:20 AS build\nFROM build\n", "node:20"},
      {"ARG BASE=debian\nFROM ${BASE}:12 AS base\nFROM base\nRUN true\n", "debian:12"},
      {"FROM ${IMG:-}\n", "unknown"},
      {"FROM python:${V#x}\n", "unknown"},  // a trim needs the value
      {"FROM python:${V?unset}\n", "unknown"},  // an error is no image
  };
  for (const Case& c : kCases) EXPECT_EQ(FinalBase(c.dockerfile), c.base) << c.dockerfile;
}

// Forms the hand-written expander got wrong or gave up on; BuildKit reads them as below.
TEST(BaseImageOfTest, ReadsTheFormsTheHandWrittenExpanderMissed) {
  const Case kCases[] = {
      {"ARG TAG=3.12\nFROM python:${TAG-3.11}\n", "python:3.12"},   // `-` without the colon
      {"FROM python:${TAG-3.11}\n", "python:3.11"},
      {"ARG SLIM=1\nFROM python:3.12${SLIM:+-slim}\n", "python:3.12-slim"},
      {"FROM python:3.12${SLIM:+-slim}\n", "python:3.12"},
      {"ARG V=v3.12\nFROM python:${V#v}\n", "python:3.12"},        // prefix and suffix trims
      {"ARG V=3.12.1\nFROM python:${V%.*}\n", "python:3.12"},
      {"ARG V=3-12\nFROM python:${V/-/.}\n", "python:3.12"},        // substitution
      {"ARG PY=3.12\nARG IMAGE=python:${PY}-slim\nFROM $IMAGE\n", "python:3.12-slim"},  // meta ARG from meta ARG
      {"ARG TAG=3.12\nFROM python:${TAG:-${FALLBACK}}\n", "python:3.12"},  // nested default
      {"FROM python:${TAG:-${FALLBACK:-3.11}}\n", "python:3.11"},
      {"ARG TAG=3.12\"-slim\"\nFROM python:$TAG\n", "python:3.12-slim"},  // a quote inside the value
      {"FROM \"python:3.12\"\n", "python:3.12"},                              // quotes around the image
      {"ARG TAG=3.12\nFROM python:\\$TAG\n", "python:$tag"},                  // an escaped dollar stays
      {"# escape=`\nARG TAG=3.12\nFROM python:`$TAG\n", "python:$tag"},
      {"ARG V=3.12\nFROM python:${V#}\n", "python:3.12"},
  };
  for (const Case& c : kCases) EXPECT_EQ(FinalBase(c.dockerfile), c.base) << c.dockerfile;
}

}  // namespace
}  // namespace dockopt
