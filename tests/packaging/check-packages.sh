#!/usr/bin/env bash
# Builds the DEB and TGZ with CPack from the build folder and checks what a user would install:
# the binary runs, the desktop entry and AppStream metainfo validate, the icon is there.
set -euo pipefail
build=$1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

cpack --config "$build/CPackConfig.cmake" -G "DEB;TGZ" -B "$out" >/dev/null
deb=$(ls "$out"/*.deb)
tgz=$(ls "$out"/*.tar.gz)

contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
for path in ./usr/bin/sitedesk ./usr/share/applications/app.sitedesk.Sitedesk.desktop \
            ./usr/share/metainfo/app.sitedesk.Sitedesk.metainfo.xml \
            ./usr/share/icons/hicolor/scalable/apps/app.sitedesk.Sitedesk.svg; do
  grep -qx "$path" <<<"$contents" || { echo "FAIL: $path missing from $deb"; exit 1; }
done
dpkg-deb -f "$deb" Depends | grep -q libsecret-1-0 || { echo "FAIL: the package does not depend on libsecret-1-0"; exit 1; }

root="$out/root"
mkdir -p "$root"
dpkg-deb -x "$deb" "$root"
"$root/usr/bin/sitedesk" --version | grep -q '^sitedesk ' || { echo "FAIL: the packaged binary does not run"; exit 1; }
desktop-file-validate "$root/usr/share/applications/app.sitedesk.Sitedesk.desktop"
appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/app.sitedesk.Sitedesk.metainfo.xml" >/dev/null \
  || appstreamcli validate --no-net "$root/usr/share/metainfo/app.sitedesk.Sitedesk.metainfo.xml"
tar -tzf "$tgz" | grep -q '/bin/sitedesk$' || { echo "FAIL: sitedesk missing from $tgz"; exit 1; }
echo "packages OK: $(basename "$deb") $(basename "$tgz")"
