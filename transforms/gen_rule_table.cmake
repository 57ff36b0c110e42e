# Writes OUT: the rule registry table, generated from the `DOCKOPT_RULE(DFnnn, ...)` line that each
# rule file in RULES_DIR holds (see transforms/rule.h). Run by transforms/CMakeLists.txt at build time.
#
# Why a generated table and not self-registering static objects: a static object in a static library
# is dropped by the linker when nothing references its object file, and the order of static
# initialisers across files is unspecified. The table names every rule's symbol, so the linker keeps
# each rule, and it is sorted by ID, so the fixpoint always runs the rules in the same order.
cmake_minimum_required(VERSION 3.25)  # in script mode too: if(IN_LIST), list(SORT COMPARE NATURAL)
file(GLOB files "${RULES_DIR}/*.cc")
set(ids "")
foreach(path ${files})
  file(STRINGS "${path}" lines REGEX "^DOCKOPT_RULE\\(")
  get_filename_component(name "${path}" NAME)
  foreach(line ${lines})
    if(NOT line MATCHES "^DOCKOPT_RULE\\((DF[0-9]+),")
      message(FATAL_ERROR "${name}: cannot read the rule ID in: ${line}")
    endif()
    set(id "${CMAKE_MATCH_1}")
    string(TOLOWER "${id}" lower_id)
    if(NOT name MATCHES "^${lower_id}_")
      message(FATAL_ERROR "${name} registers ${id}: a rule lives in a file named ${lower_id}_<name>.cc")
    endif()
    if(id IN_LIST ids)
      message(FATAL_ERROR "${id} is registered twice (again in ${name})")
    endif()
    list(APPEND ids "${id}")
  endforeach()
endforeach()
list(SORT ids COMPARE NATURAL)

set(body "// Generated from the DOCKOPT_RULE lines in transforms/rules/*.cc by transforms/gen_rule_table.cmake; do not edit.\n#include \"transforms/rule.h\"\n\nnamespace dockopt {\n\n")
foreach(id ${ids})
  string(APPEND body "extern const Rule kRule${id};\n")
endforeach()
string(APPEND body "\nconst std::vector<Rule>& Rules() {\n  static const std::vector<Rule> kRules = {\n")
foreach(id ${ids})
  string(APPEND body "      kRule${id},\n")
endforeach()
string(APPEND body "  };\n  return kRules;\n}\n\n}  // namespace dockopt\n")
file(WRITE "${OUT}.tmp" "${body}")
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
