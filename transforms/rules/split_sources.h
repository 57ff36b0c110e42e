// What the build context's sources show about a compiled program: whether its Go sources import a
// package, whether it can make TLS calls at all (production then needs no CA certificates).
#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/flow.h"

namespace dockopt::split {

/// Whether a source file under `dir` (file names ending in one of `suffixes`, or named exactly one
/// of them) holds one of `needles`; nullopt when the folder cannot be read, holds no such file or
/// too many to read. vendor/, testdata/ and hidden folders are left out.
std::optional<bool> SourcesMention(const std::string& dir, std::initializer_list<std::string_view> suffixes,
                                   std::initializer_list<std::string_view> needles);

/// True when the build context proves a COPY's `sources` (context-relative) hold no file a build
/// compiles or reads as a build file (.go, .c, .rs, .java, Makefile, go.mod, ...): a `config/` folder
/// copied into the source tree is the program's data. False when unsure: no context, "." or a glob,
/// a missing path, or too many files to look at.
bool CopyHoldsNoSources(const std::string& context_dir, const std::vector<std::string>& sources);

/// True when the context proves the program the stage compiles cannot make TLS calls:
/// - Rust: no TLS crate (openssl, native-tls, rustls, curl, ...) in Cargo.lock (std has no TLS);
/// - Go: go.mod requires nothing and no Go file imports crypto/tls, crypto/x509, net/http or net/smtp;
/// - C/C++ built by make/cmake/configure: no source or build file names a TLS library (OpenSSL,
///   GnuTLS, curl, mbed TLS, wolfSSL, LibreSSL's libtls).
/// False when unsure (no context, another build, an unreadable folder).
bool ContextRulesOutTls(const std::string& context_dir, const analysis::StageFlow& flow);

}  // namespace dockopt::split
