# Writes OUT: a C++ table of the data files in DATA_DIR (*.tsv, *.txt), so the package tables are
# part of the binary and nothing is looked up at run time. Run by analysis/CMakeLists.txt.
file(GLOB files "${DATA_DIR}/*.tsv" "${DATA_DIR}/*.txt")
list(SORT files)
set(body "// Generated from ${DATA_DIR_NAME}/ by analysis/embed_data.cmake; do not edit.\n#include \"analysis/package_data.h\"\n\nnamespace dockopt::analysis {\n\nconst std::vector<DataFile>& PackageDataFiles() {\n  static const std::vector<DataFile> kFiles = {\n")
foreach(path ${files})
  get_filename_component(name "${path}" NAME)
  file(READ "${path}" text)
  string(APPEND body "      {\"${name}\", R\"dockopt_data(${text})dockopt_data\"},\n")
endforeach()
string(APPEND body "  };\n  return kFiles;\n}\n\n}  // namespace dockopt::analysis\n")
file(WRITE "${OUT}.tmp" "${body}")
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
