# Runs one fuzzer for a short time on a fresh copy of its seed corpus; fails when libFuzzer does
# (crash, sanitizer report, leak, timeout, out of memory).
# cmake -DFUZZER=… -DSEEDS=… -DWORK=… -DARTIFACTS=… -DSECONDS=… -P runfuzzer.cmake
foreach(var FUZZER SEEDS WORK ARTIFACTS SECONDS)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "runfuzzer.cmake: ${var} is not set")
    endif()
endforeach()

file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}" "${ARTIFACTS}")
file(GLOB seeds "${SEEDS}/*")
file(COPY ${seeds} DESTINATION "${WORK}")

set(command "${FUZZER}" -max_total_time=${SECONDS} -rss_limit_mb=2048 -max_len=65536
            -timeout=10 -print_final_stats=1 "-artifact_prefix=${ARTIFACTS}/" "${WORK}")
string(JOIN " " shown ${command})
message(STATUS "Running: ${shown}")
execute_process(COMMAND ${command} RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "${FUZZER} failed (${result}); reproducers are in ${ARTIFACTS}")
endif()
