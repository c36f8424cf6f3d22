# Warnings (as errors) and sanitizers for the project's own code; third-party headers come in as SYSTEM.
add_library(faultline_compile_options INTERFACE)
target_compile_options(faultline_compile_options INTERFACE -Wall -Wextra -Wpedantic -Werror -Wshadow
                                                           -Wnon-virtual-dtor -Wold-style-cast
                                                           # designated initializers rely on member defaults
                                                           -Wno-missing-field-initializers
                                                           # no fused multiply-add: the stress engine's
                                                           # vector clones must round as its scalar path
                                                           -ffp-contract=off
                                                           # and no float silently computed in double:
                                                           # a float lane never is
                                                           -Wdouble-promotion)
# GCC 12 reports false -Wrestrict errors inside libstdc++'s std::string operator+ at -O2/-O3 (GCC bug 105651).
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
  target_compile_options(faultline_compile_options INTERFACE -Wno-restrict)
endif()
if(FAULTLINE_SANITIZE)
  set(sanitize_flags -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  add_compile_options(${sanitize_flags})
  # GCC 12's flow analysis under the sanitizers reports false maybe-uninitialized errors inside libstdc++
  # (std::regex, std::function); the release build keeps the warning.
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    add_compile_options(-Wno-maybe-uninitialized)
  endif()
  add_link_options(${sanitize_flags})
endif()
if(FAULTLINE_FUZZ)
  # Coverage instrumentation for libFuzzer in every library the fuzz targets link.
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
