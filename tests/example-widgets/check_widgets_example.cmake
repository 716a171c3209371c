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

function(run)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 240)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "failed (${rc}): ${ARGN}\n${out}\n${err}")
    endif()
    set(run_output "${out}" PARENT_SCOPE)
endfunction()

run(${CMAKE_COMMAND} --install ${BINARY_DIR} --prefix ${prefix})
run(${CMAKE_COMMAND} -S ${SOURCE_DIR}/tests/example-widgets -B ${build} -G Ninja -DCMAKE_PREFIX_PATH=${prefix})
run(${CMAKE_COMMAND} --build ${build})

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
message(STATUS "widgets example built against the installed package; its cache view lists:\n${printed}")
