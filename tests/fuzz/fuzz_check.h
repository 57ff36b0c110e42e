// FUZZ_CHECK: a fuzz target's invariant. A violation prints what broke and aborts, so libFuzzer
// saves the input as a crash (plain asserts vanish under NDEBUG).
#pragma once

#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(condition, what)                                                           \
  do {                                                                                        \
    if (!(condition)) {                                                                       \
      std::fprintf(stderr, "invariant violated at %s:%d: %s\n", __FILE__, __LINE__, (what)); \
      std::abort();                                                                           \
    }                                                                                         \
  } while (0)
