# FindTensorFlowC: the TensorFlow C API as the tensorflow-cpu wheel (PyPI) ships it, for
# `hubcache smoke` and the hubcache:// filesystem plugin. Nothing is downloaded; looked for in order:
#   1. HUBCACHE_TENSORFLOW_DIR (cache variable or environment): the wheel's tensorflow/ folder, which
#      holds libtensorflow_cc.so.2, libtensorflow_framework.so.2 and include/;
#   2. <build>/venv/lib/python3*/site-packages/tensorflow (scripts/setup-debian.sh --python);
#   3. the tensorflow package of HUBCACHE_PYTHON or python3, found without importing it.
#
# Defines TensorFlowC_FOUND, TensorFlowC_LIBRARY_DIR (the folder of the libraries), TensorFlowC_INCLUDE_DIR,
# TensorFlowC_VERSION (from the wheel's metadata, when there is one), and the imported targets
#   TensorFlowC::Headers    the C API headers (no library: hubcache dlopen()s TensorFlow at run time)
#   TensorFlowC::Framework  libtensorflow_framework.so.2 (what the filesystem plugin links)

set(HUBCACHE_TENSORFLOW_DIR "$ENV{HUBCACHE_TENSORFLOW_DIR}" CACHE PATH
    "Folder of libtensorflow_cc.so.2 and include/ (the tensorflow package of a tensorflow-cpu install); empty: look in build/venv and ask Python")

set(_tfc_candidates)
if(HUBCACHE_TENSORFLOW_DIR)
    list(APPEND _tfc_candidates "${HUBCACHE_TENSORFLOW_DIR}")
else()
    file(GLOB _tfc_venv LIST_DIRECTORIES true "${PROJECT_BINARY_DIR}/venv/lib/python3*/site-packages/tensorflow")
    list(APPEND _tfc_candidates ${_tfc_venv})
    set(_tfc_pythons "${HUBCACHE_PYTHON}" "${PROJECT_BINARY_DIR}/venv/bin/python")
    find_program(_tfc_system_python NAMES python3)
    mark_as_advanced(_tfc_system_python)
    list(APPEND _tfc_pythons "${_tfc_system_python}")
    foreach(_tfc_python IN LISTS _tfc_pythons)
        if(_tfc_python AND EXISTS "${_tfc_python}")
            # find_spec locates the package without running its (slow, chatty) __init__.py.
            execute_process(
                COMMAND "${_tfc_python}" -c
                    "import importlib.util as u; s = u.find_spec('tensorflow'); print(list(s.submodule_search_locations)[0] if s else '')"
                OUTPUT_VARIABLE _tfc_found OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET RESULT_VARIABLE _tfc_rc)
            if(_tfc_rc EQUAL 0 AND _tfc_found)
                list(APPEND _tfc_candidates "${_tfc_found}")
            endif()
        endif()
    endforeach()
endif()

unset(TensorFlowC_LIBRARY_DIR)
foreach(_tfc_dir IN LISTS _tfc_candidates)
    if(EXISTS "${_tfc_dir}/libtensorflow_cc.so.2" AND EXISTS "${_tfc_dir}/libtensorflow_framework.so.2"
       AND EXISTS "${_tfc_dir}/include/tensorflow/c/c_api.h"
       AND EXISTS "${_tfc_dir}/include/tensorflow/c/experimental/filesystem/filesystem_interface.h")
        get_filename_component(TensorFlowC_LIBRARY_DIR "${_tfc_dir}" REALPATH)
        break()
    endif()
endforeach()

if(TensorFlowC_LIBRARY_DIR)
    set(TensorFlowC_INCLUDE_DIR "${TensorFlowC_LIBRARY_DIR}/include")
    file(GLOB _tfc_metadata "${TensorFlowC_LIBRARY_DIR}/../tensorflow_cpu-*.dist-info/METADATA"
                            "${TensorFlowC_LIBRARY_DIR}/../tensorflow-*.dist-info/METADATA")
    if(_tfc_metadata)
        list(GET _tfc_metadata 0 _tfc_metadata)
        file(STRINGS "${_tfc_metadata}" _tfc_version_line REGEX "^Version: " LIMIT_COUNT 1)
        string(REGEX REPLACE "^Version: *" "" TensorFlowC_VERSION "${_tfc_version_line}")
    endif()
endif()

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(TensorFlowC
    REQUIRED_VARS TensorFlowC_LIBRARY_DIR TensorFlowC_INCLUDE_DIR
    VERSION_VAR TensorFlowC_VERSION
    REASON_FAILURE_MESSAGE
        "no tensorflow package with libtensorflow_cc.so.2 and C API headers: run scripts/setup-debian.sh --python, or set HUBCACHE_TENSORFLOW_DIR. `hubcache smoke` will report that TensorFlow is missing.")

if(TensorFlowC_FOUND AND NOT TARGET TensorFlowC::Headers)
    add_library(TensorFlowC::Headers INTERFACE IMPORTED)
    # SYSTEM: TensorFlow's headers are not held to hubcache's warning flags.
    set_target_properties(TensorFlowC::Headers PROPERTIES
        INTERFACE_SYSTEM_INCLUDE_DIRECTORIES "${TensorFlowC_INCLUDE_DIR}"
        INTERFACE_INCLUDE_DIRECTORIES "${TensorFlowC_INCLUDE_DIR}")
    add_library(TensorFlowC::Framework SHARED IMPORTED)
    set_target_properties(TensorFlowC::Framework PROPERTIES
        IMPORTED_LOCATION "${TensorFlowC_LIBRARY_DIR}/libtensorflow_framework.so.2"
        IMPORTED_SONAME "libtensorflow_framework.so.2"
        INTERFACE_LINK_LIBRARIES TensorFlowC::Headers)
endif()

unset(_tfc_candidates)
unset(_tfc_venv)
unset(_tfc_pythons)
unset(_tfc_found)
unset(_tfc_rc)
unset(_tfc_metadata)
unset(_tfc_version_line)
