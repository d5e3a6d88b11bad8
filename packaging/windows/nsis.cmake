# Windows installer (built on Windows with NSIS and the Qt online installer's MSVC kit).
set(CPACK_NSIS_DISPLAY_NAME "Sitedesk")
set(CPACK_NSIS_PACKAGE_NAME "Sitedesk")
set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/packaging/windows/sitedesk.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "sitedesk.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_CREATE_ICONS_EXTRA "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\Sitedesk.lnk' '$INSTDIR\\\\sitedesk.exe'")
set(CPACK_NSIS_DELETE_ICONS_EXTRA "Delete '$SMPROGRAMS\\\\$START_MENU\\\\Sitedesk.lnk'")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
