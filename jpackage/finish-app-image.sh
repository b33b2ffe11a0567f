#!/usr/bin/env bash
# Runs after jpackage has written the app-image and before any installer is built from it:
#  1. on Linux, strips the symbol tables that the JDK's native libraries still carry (jlink's
#     --strip-native-debug-symbols removes only debug sections): about 4 MB off libjvm.so, at the
#     price of JVM-internal function names in crash reports;
#  2. bakes the AppCDS archive in (train-cds.sh); on macOS signs the bundle again (ad hoc),
#     since the archive was added after jpackage signed it;
#  3. on Linux, prepares PACKAGE_INPUT, the app-image the .deb and .rpm are built from: the same
#     files (hard links) plus lib/train-cds.sh, but without the archive. A JDK 17 archive is
#     valid only at the path it was made at, so the packages remake it on install from the
#     recorded class list, and shipping the build's archive would only add 9 MB to the download.
# Usage: finish-app-image.sh APP_IMAGE_DIR PACKAGE_INPUT_DIR
set -euo pipefail
[ $# -eq 2 ] || { sed -n '2,13p' "$0"; exit 2; }
image=$1 package_input=$2
if [ "$(uname -s)" = Linux ]; then
  if command -v strip >/dev/null; then
    find "$image/lib/runtime" -name '*.so' -exec strip --strip-unneeded {} +
  else
    echo "finish-app-image: strip not found (apt-get install binutils); runtime left unstripped" >&2
  fi
fi
bash "$(dirname "$0")/train-cds.sh" "$image"
case "$(uname -s)" in
  Linux)
    rm -rf "$package_input"
    mkdir -p "$package_input"
    cp -al "$image" "$package_input/"
    rm "$package_input/$(basename "$image")/lib/app/switchboard.jsa"
    install -m 755 "$(dirname "$0")/train-cds.sh" "$package_input/$(basename "$image")/lib/train-cds.sh"
    ;;
  # Apple silicon runs only signed code
  Darwin) codesign --force --deep --sign - "$image" ;;
esac
