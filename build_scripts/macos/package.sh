#!/usr/bin/env bash
# macOS: dist/CaseWatch.app -> dist/installer/CaseWatch-<version>-macos-<arch>.dmg
#
#   build_scripts/macos/package.sh <version>
#
# Signing happens in the PyInstaller build when CASEWATCH_CODESIGN_IDENTITY names a Developer ID
# certificate in the keychain (see release.yml); otherwise the .app is ad-hoc signed, which Apple
# Silicon requires and PyInstaller does by default. Notarization runs only when APPLE_ID,
# APPLE_TEAM_ID and APPLE_APP_PASSWORD are all set. The .dmg holds the .app and a link to
# /Applications; hdiutil is retried because XProtect scanning the new image makes it fail with
# "Resource busy" now and then on CI runners.
set -euo pipefail
cd "$(dirname "$0")/../.."

version="${1:?usage: package.sh <version>}"
arch="$(uname -m)"
app="dist/CaseWatch.app"
out="dist/installer"
dmg="$out/CaseWatch-$version-macos-$arch.dmg"
identity="${CASEWATCH_CODESIGN_IDENTITY:-}"
notarize=false
if [[ -n "${APPLE_ID:-}" && -n "${APPLE_TEAM_ID:-}" && -n "${APPLE_APP_PASSWORD:-}" && -n "$identity" ]]; then
  notarize=true
fi

retry() {  # retry <attempts> <command...>
  local attempts=$1 n=1
  shift
  until "$@"; do
    if ((n >= attempts)); then
      echo "failed after $attempts attempts: $*" >&2
      return 1
    fi
    echo "attempt $n failed, retrying in 5 s: $*" >&2
    sleep 5
    n=$((n + 1))
  done
}

notarize_and_staple() {  # notarize_and_staple <file to submit> <file to staple>
  xcrun notarytool submit "$1" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
    --password "$APPLE_APP_PASSWORD" --wait --timeout 30m
  retry 3 xcrun stapler staple "$2"
}

[[ -d "$app" ]] || { echo "no $app: build it first (build_scripts/freeze.py --here)" >&2; exit 1; }
codesign --verify --deep --strict --verbose=2 "$app"
/usr/libexec/PlistBuddy -c "Print :CFBundleIdentifier" "$app/Contents/Info.plist"

if $notarize; then
  ditto -c -k --keepParent "$app" dist/CaseWatch-notarize.zip
  notarize_and_staple dist/CaseWatch-notarize.zip "$app"
  rm dist/CaseWatch-notarize.zip
else
  echo "not notarizing (no Apple ID secrets): users open it with Privacy & Security -> Open Anyway"
fi

staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
ditto "$app" "$staging/CaseWatch.app"
ln -s /Applications "$staging/Applications"
mkdir -p "$out"
rm -f "$dmg"
retry 5 hdiutil create -volname "CaseWatch" -srcfolder "$staging" -fs HFS+ -format UDZO \
  -imagekey zlib-level=9 -ov "$dmg"

if [[ -n "$identity" ]]; then
  codesign --force --timestamp --sign "$identity" "$dmg"
fi
if $notarize; then
  notarize_and_staple "$dmg" "$dmg"
  spctl --assess --type open --context context:primary-signature --verbose=2 "$dmg"
fi
hdiutil verify "$dmg"
ls -l "$dmg"
