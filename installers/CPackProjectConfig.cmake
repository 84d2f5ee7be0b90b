# Read by cpack once per generator (CPACK_PROJECT_CONFIG_FILE).
# DEB: every component package has its own synopsis (the first line of its
# CPACK_DEBIAN_<COMPONENT>_DESCRIPTION). CPackDeb would put the project-wide summary above it
# unless the summary is CPack's default, so the DEB generator gets the default here.
if(CPACK_GENERATOR STREQUAL "DEB")
  set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CPACK_DEFAULT_PACKAGE_DESCRIPTION_SUMMARY}")
endif()
