# Turns a text file into a C++ source defining `std::string_view NAME`, so the default scenario ships inside the
# binary (`faultline demo` needs no file). Run at build time: cmake -DINPUT=… -DOUTPUT=… -DNAME=… -P embed.cmake
file(READ "${INPUT}" bytes HEX)
string(LENGTH "${bytes}" hex_length)
math(EXPR size "${hex_length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," array "${bytes}")
file(WRITE "${OUTPUT}.tmp"
  "// Generated from ${INPUT} by cmake/embed.cmake; do not edit.\n"
  "#include <string_view>\n"
  "namespace faultline::embedded {\n"
  "static constexpr char ${NAME}_bytes[] = {${array}'\\0'};\n"
  "extern const std::string_view ${NAME}{${NAME}_bytes, ${size}};\n"
  "}  // namespace faultline::embedded\n")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
