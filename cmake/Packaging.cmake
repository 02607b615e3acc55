# CPack: a Debian package whose dependencies dpkg-shlibdeps computes from the binaries. The
# Windows (NSIS) and macOS (DragNDrop) settings are here for those builds and do nothing on Linux.
set(CPACK_PACKAGE_NAME glance-launcher)
set(CPACK_PACKAGE_VENDOR "The glance-launcher developers")
set(CPACK_PACKAGE_CONTACT "The glance-launcher developers <glance-launcher@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Lines of at most 80 characters, as Debian's control files want.
set(CPACK_PACKAGE_DESCRIPTION
    "A tray app for support agents who use the Glance cobrowse and screen-share
service: paste a session key and press Enter to open the Glance viewer, with
the agent's identity and account.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_RESOURCE_FILE_README "${PROJECT_SOURCE_DIR}/README.md")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Glance Launcher")
set(CPACK_STRIP_FILES ON)

if(WIN32)
    set(CPACK_GENERATOR NSIS)
    set(CPACK_NSIS_DISPLAY_NAME "Glance Launcher")
    set(CPACK_NSIS_PACKAGE_NAME "Glance Launcher")
    set(CPACK_NSIS_MENU_LINKS "bin/glance-launcher.exe" "Glance Launcher")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_DMG_VOLUME_NAME "Glance Launcher")
else()
    set(CPACK_GENERATOR DEB)
    set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_SECTION net)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    # The X11 platform plugin and the opener of links are loaded at run time, so shlibdeps
    # cannot see them.
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "xdg-utils, qt6-translations-l10n")
endif()

include(CPack)
