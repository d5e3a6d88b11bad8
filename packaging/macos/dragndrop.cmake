# macOS disk image (built on macOS with Homebrew's qt and qtkeychain, or the Qt online installer).
set(CPACK_DMG_VOLUME_NAME "Sitedesk")
set(CPACK_DMG_FORMAT UDZO)
set(CPACK_BUNDLE_NAME "Sitedesk")
