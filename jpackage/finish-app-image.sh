#!/usr/bin/env bash
# Runs after jpackage has written the app-image and before any installer is built from it:
#  1. on Linux, strips the symbol tables that the JDK's native libraries still carry (jlink's
#     --strip-native-debug-symbols removes only debug sections): about 4 MB off libjvm.so, at the
#     price of JVM-internal function names in crash reports;
#  2. bakes the AppCDS archive in (train-cds.sh) and, on Linux, ships train-cds.sh as
#     lib/train-cds.sh for the installers' post-install step, which remakes the archive at the
#     installed path (a JDK 17 archive is valid only at the path it was made at); on macOS,
#     signs the bundle again (ad hoc), since the archive was added after jpackage signed it.
# Usage: finish-app-image.sh APP_IMAGE_DIR
set -euo pipefail
[ $# -eq 1 ] || { sed -n '2,8p' "$0"; exit 2; }
image=$1
if [ "$(uname -s)" = Linux ]; then
  if command -v strip >/dev/null; then
    find "$image/lib/runtime" -name '*.so' -exec strip --strip-unneeded {} +
  else
    echo "finish-app-image: strip not found (apt-get install binutils); runtime left unstripped" >&2
  fi
fi
bash "$(dirname "$0")/train-cds.sh" "$image"
case "$(uname -s)" in
  Linux) install -m 755 "$(dirname "$0")/train-cds.sh" "$image/lib/train-cds.sh" ;;
  # the bundle changed after jpackage's ad-hoc signature; Apple silicon runs only signed code
  Darwin) codesign --force --deep --sign - "$image" ;;
esac
