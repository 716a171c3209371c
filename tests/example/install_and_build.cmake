# Shared by the example checks: run() a command (bounded) or fail with its output, and
# install_and_build() this build into a scratch prefix and build an example project against it
# with find_package(HubCache).

function(run)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 240)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "failed (${rc}): ${ARGN}\n${out}\n${err}")
    endif()
    set(run_output "${out}" PARENT_SCOPE)
endfunction()

function(install_and_build binary_dir prefix example_source example_build)
    run(${CMAKE_COMMAND} --install ${binary_dir} --prefix ${prefix})
    run(${CMAKE_COMMAND} -S ${example_source} -B ${example_build} -G Ninja -DCMAKE_PREFIX_PATH=${prefix})
    run(${CMAKE_COMMAND} --build ${example_build})
endfunction()
