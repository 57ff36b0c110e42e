# The fuzz targets and their dictionaries; sourced by smoke.sh and campaign.sh.
fuzz_targets=(optimize_fuzzer parse_emit_fuzzer shell_fuzzer dockerignore_fuzzer inspect_fuzzer)

fuzz_dict() {
  case "$1" in
    optimize_fuzzer | parse_emit_fuzzer) echo tests/fuzz/dockerfile.dict ;;
    shell_fuzzer) echo tests/fuzz/shell.dict ;;
    dockerignore_fuzzer) echo tests/fuzz/dockerignore.dict ;;
    inspect_fuzzer) echo tests/fuzz/json.dict ;;
  esac
}
