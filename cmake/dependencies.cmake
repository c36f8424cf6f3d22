# Every dependency is a Debian package (see the Makefile's package list).
find_package(yaml-cpp REQUIRED)
find_package(nlohmann_json 3.10 REQUIRED)
find_package(fmt REQUIRED)
find_package(CLI11 REQUIRED)
find_package(Threads REQUIRED)
find_package(Eigen3 3.3 REQUIRED NO_MODULE)

# GLPK ships no CMake config: an imported target over its header and library.
find_path(GLPK_INCLUDE_DIR glpk.h REQUIRED)
find_library(GLPK_LIBRARY glpk REQUIRED)
add_library(glpk::glpk UNKNOWN IMPORTED)
set_target_properties(glpk::glpk PROPERTIES IMPORTED_LOCATION ${GLPK_LIBRARY}
                                            INTERFACE_INCLUDE_DIRECTORIES ${GLPK_INCLUDE_DIR})
set(FAULTLINE_GLPK_TARGET glpk::glpk)

if(FAULTLINE_TESTS)
  find_package(GTest REQUIRED)
endif()
if(FAULTLINE_BENCH)
  find_package(benchmark REQUIRED)
endif()
