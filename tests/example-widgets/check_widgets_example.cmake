# Installs hubcache into a scratch prefix, builds the widgets example against it with
# find_package(HubCache COMPONENTS Widgets), and runs it offscreen on a cache folder holding one
# model: the embedded cache view must list that entry as complete.
foreach(var SOURCE_DIR BINARY_DIR MODEL)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "${var} not set")
    endif()
endforeach()
set(work ${BINARY_DIR}/widgets-example)
set(prefix ${work}/prefix)
set(build ${work}/build)
set(cache ${work}/tfhub_modules)
file(REMOVE_RECURSE ${work})
file(MAKE_DIRECTORY ${work}/home)

include(${SOURCE_DIR}/tests/example/install_and_build.cmake)
install_and_build(${BINARY_DIR} ${prefix} ${SOURCE_DIR}/tests/example-widgets ${build})

# Every installed header of the widgets library compiles on its own against the package.
file(GLOB widget_headers RELATIVE ${SOURCE_DIR}/app/widgets ${SOURCE_DIR}/app/widgets/*.h)
list(APPEND widget_headers hubcachewidgets_export.h smokereport.h smokeerror.h)
set(header_sources)
foreach(header ${widget_headers})
    if(EXISTS ${prefix}/include/hubcache/${header})
        file(WRITE ${work}/headers/${header}.cpp "#include <hubcache/${header}>\n")
        list(APPEND header_sources ${header}.cpp)
    endif()
endforeach()
file(WRITE ${work}/headers/CMakeLists.txt "cmake_minimum_required(VERSION 3.22)
project(widgets_headers LANGUAGES CXX)
find_package(HubCache REQUIRED COMPONENTS Widgets)
add_library(widgets_headers OBJECT ${header_sources})
target_compile_features(widgets_headers PRIVATE cxx_std_20)
target_link_libraries(widgets_headers PRIVATE HubCache::Widgets)
")
run(${CMAKE_COMMAND} -S ${work}/headers -B ${work}/headers-build -G Ninja -DCMAKE_PREFIX_PATH=${prefix})
run(${CMAKE_COMMAND} --build ${work}/headers-build)
list(LENGTH header_sources header_count)

# One finished download as tensorflow_hub leaves it: the folder named by the handle's SHA-1 and
# its descriptor beside it (docs: tfhub-cache-protocol.md).
set(handle https://tfhub.dev/google/half_plus_two/1)
string(SHA1 key "${handle}")
file(COPY ${MODEL}/ DESTINATION ${cache}/${key})
string(TIMESTAMP now "%Y-%m-%d %H:%M:%S.000000")
file(WRITE ${cache}/${key}.descriptor.txt
    "Module: ${handle}\nDownload Time: ${now}\nDownloader Hostname: widgets-example (PID:1)")

run(${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 LANGUAGE= HOME=${work}/home
    XDG_CONFIG_HOME=${work}/home/.config XDG_CACHE_HOME=${work}/home/.cache TFHUB_CACHE_DIR=
    ${build}/widgets_example ${cache} --check)
string(STRIP "${run_output}" printed)
if(NOT printed MATCHES "^1 cached\n${handle} [Cc]omplete$")
    message(FATAL_ERROR "the embedded cache view showed:\n${printed}\nexpected 1 entry, ${handle}, complete")
endif()
message(STATUS "${header_count} installed widgets headers compile alone; the widgets example, built against the "
    "installed package, lists in its cache view:\n${printed}")
