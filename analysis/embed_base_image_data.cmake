# Writes OUT: the base-image data files (FILES: paths of analysis/data/*.tsv, comma-separated) as C++
# string constants, so lookups need no files at run time.
set(body "// Generated from analysis/data by analysis/embed_base_image_data.cmake; do not edit.\n#include \"analysis/base_image_data.h\"\n\nnamespace dockopt::analysis {\n\nstd::string_view BaseImageDataFile(std::string_view name) {\n")
string(REPLACE "," ";" files "${FILES}")
foreach(file ${files})
  get_filename_component(name "${file}" NAME)
  file(READ "${file}" text)
  string(APPEND body "  if (name == \"${name}\")\n    return R\"dockopt_tsv(${text})dockopt_tsv\";\n")
endforeach()
string(APPEND body "  return {};\n}\n\n}  // namespace dockopt::analysis\n")
file(WRITE "${OUT}.tmp" "${body}")
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
