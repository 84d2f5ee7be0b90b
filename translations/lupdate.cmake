# Refreshes the translation sources (.ts) from the C++ sources with lupdate. The one place that
# says which files are scanned and with which options: the `translations-update` target
# (`make translations`) and the test tests/i18n/tst_translations run this same script.
#
#   cmake [-DLUPDATE=/path/to/lupdate] [-DSOURCE_ROOT=<repo>] [-DTS_DIR=<dir with the .ts files>]
#         [-DWORK_DIR=<scratch dir>] -P translations/lupdate.cmake
#
# Scanned: *.cpp, *.h and *.ui under app/ widgets/ backend/ device-protocols/ translations/,
# except test code (*/tests/*, */fuzz/*) - tests never depend on translations.
# edgeconsole_zh_CN.ts gets every string; edgeconsole_en.ts only the plural (%n) ones, because
# English is the source language and needs translations only for its plural forms.
# Obsolete strings are NOT dropped (no -no-obsolete): they stay marked "vanished" so the test
# can name them; delete them from the .ts on purpose, or restore the source string.

cmake_minimum_required(VERSION 3.25)

if(NOT SOURCE_ROOT)
  get_filename_component(SOURCE_ROOT "${CMAKE_CURRENT_LIST_DIR}/.." ABSOLUTE)
endif()
if(NOT TS_DIR)
  set(TS_DIR "${SOURCE_ROOT}/translations")
endif()
if(NOT WORK_DIR)
  set(WORK_DIR "${SOURCE_ROOT}/build/lupdate") # build/ is ignored by git
endif()
if(NOT LUPDATE)
  find_program(LUPDATE NAMES lupdate-qt6 lupdate
               HINTS /usr/lib/qt6/bin /usr/lib/qt6/libexec /usr/lib/x86_64-linux-gnu/qt6/bin)
endif()
if(NOT LUPDATE)
  message(FATAL_ERROR "lupdate not found: install qt6-l10n-tools (scripts/install-deps.sh) or pass -DLUPDATE=...")
endif()

set(EC_I18N_SCAN_DIRS app widgets backend device-protocols translations)
set(EC_I18N_LANGUAGES zh_CN en)

set(files "")
foreach(dir IN LISTS EC_I18N_SCAN_DIRS)
  file(GLOB_RECURSE found LIST_DIRECTORIES false
       "${SOURCE_ROOT}/${dir}/*.cpp" "${SOURCE_ROOT}/${dir}/*.h" "${SOURCE_ROOT}/${dir}/*.ui")
  foreach(f IN LISTS found)
    file(RELATIVE_PATH rel "${SOURCE_ROOT}" "${f}")
    if(rel MATCHES "(^|/)(tests|fuzz)/")
      continue()
    endif()
    list(APPEND files "${f}")
  endforeach()
endforeach()
list(SORT files)
list(LENGTH files nfiles)

file(MAKE_DIRECTORY "${WORK_DIR}")
set(list_file "${WORK_DIR}/edgeconsole-lupdate-files.lst")
list(JOIN files "\n" files_text)
file(WRITE "${list_file}" "${files_text}\n")

foreach(lang IN LISTS EC_I18N_LANGUAGES)
  set(ts "${TS_DIR}/edgeconsole_${lang}.ts")
  set(extra "")
  if(lang STREQUAL "en")
    set(extra -pluralonly)
  endif()
  execute_process(
    COMMAND "${LUPDATE}" -silent -extensions cpp,h,ui -locations relative -no-ui-lines
            -I "${SOURCE_ROOT}" -source-language en -target-language ${lang} ${extra}
            "@${list_file}" -ts "${ts}"
    RESULT_VARIABLE rc
    OUTPUT_VARIABLE out
    ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed for ${ts} (exit ${rc}):\n${out}${err}")
  endif()
  if(err AND NOT QUIET)
    message(STATUS "lupdate (${lang}) warnings:\n${err}")
  endif()
  if(NOT QUIET)
    message(STATUS "lupdate: ${ts} updated from ${nfiles} files")
  endif()
endforeach()
