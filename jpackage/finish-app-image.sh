#!/usr/bin/env bash
# Runs after jpackage has written the app-image and before any installer is built from it:
#  1. on Linux, strips the symbol tables that the JDK's native libraries still carry (jlink's
#     --strip-native-debug-symbols removes only debug sections): about 4 MB off libjvm.so, at the
#     price of JVM-internal function names in crash reports;
#  2. keeps only this platform's native library in JNA's jar (it carries 23 platforms' copies,
#     5 MB unpacked, 1.7 MB packed); the installers are built per platform anyway;
#  3. bakes the AppCDS archive in (train-cds.sh); on macOS signs the bundle again, since the
#     archive was added after jpackage signed it: ad hoc, or with the Developer ID named by
#     SWITCHBOARD_SIGNING_IDENTITY (hardened runtime, for notarisation);
#  3b. on macOS registers the switchboard:// URL scheme in the bundle's Info.plist (before signing);
#  4. on Linux, prepares PACKAGE_INPUT, the app-image the .deb and .rpm are built from: the same
#     files (hard links) plus lib/train-cds.sh, but
#     - without the archive: a JDK 17 archive is valid only at the path it was made at, so the
#       packages remake it on install from the recorded class list -- all of it, since the
#       installed archive does not count towards the package's size;
#     - with the runtime's lib/modules linked again without compression (JDK_HOME's jlink, same
#       modules, LOCALES as for the app-image): the app-image's zip-compressed modules would make
#       the xz-compressed .deb about 12 MB bigger, since xz cannot shrink zip data.
#     The app-image itself then no longer needs the class list.
# Usage: finish-app-image.sh APP_IMAGE_DIR PACKAGE_INPUT_DIR JDK_HOME LOCALES
set -euo pipefail
[ $# -eq 4 ] || { sed -n '2,18p' "$0"; exit 2; }
image=$1 package_input=$2 jdk_home=$3 locales=$4
here=$(dirname "$0")

case "$(uname -s)" in
  Linux*) app=$image/lib/app os=linux runtime=$image/lib/runtime ;;
  Darwin*) app=$image/Contents/app os=darwin runtime=$image/Contents/runtime/Contents/Home ;;
  *) app=$image/app os=win32 runtime=$image/runtime ;;
esac
# the runtime's feature release: from 25 on, train-cds.sh makes an AOT cache
feature=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$runtime/release" 2>/dev/null || true)

strip_native_libraries() {
  [ "$os" = linux ] || return 0
  if command -v strip >/dev/null; then
    find "$image/lib/runtime" -name '*.so' -exec strip --strip-unneeded {} +
  else
    echo "finish-app-image: strip not found (apt-get install binutils); runtime left unstripped" >&2
  fi
}

# JNA names its folders by platform: linux-x86-64, darwin-aarch64, win32-x86-64, ...
trim_jna() {
  local jar arch others
  jar=$(find "$app/lib" -name 'jna-[0-9]*.jar' | head -1)
  [ -n "$jar" ] || return 0
  command -v zip >/dev/null && command -v unzip >/dev/null \
    || { echo "finish-app-image: zip/unzip not found; JNA keeps every platform's library" >&2; return 0; }
  case "$(uname -m)" in
    x86_64|amd64) arch=x86-64 ;;
    aarch64|arm64) arch=aarch64 ;;
    *) arch=$(uname -m) ;;
  esac
  unzip -Z1 "$jar" | grep -Eq "^com/sun/jna/$os-$arch/(lib)?jnidispatch\." \
    || { echo "finish-app-image: JNA has no library for $os-$arch; jar left as it is" >&2; return 0; }
  others=$(unzip -Z1 "$jar" | grep -E '^com/sun/jna/[^/]+/(lib)?jnidispatch\.' | grep -v "^com/sun/jna/$os-$arch/" || true)
  [ -z "$others" ] || zip -q -d "$jar" $others
}

# the .deb/.rpm input: see 4. above
make_package_input() {
  local name modules work
  name=$(basename "$image")
  rm -rf "$package_input"
  mkdir -p "$package_input"
  cp -al "$image" "$package_input/"
  # the archive or AOT cache is made on install (the AOT configuration recorded here stays)
  rm -f "$package_input/$name/lib/app/switchboard.jsa" "$package_input/$name/lib/app/switchboard.aot"
  # the installed app's archive is made on install, outside the package's size: it gets every
  # class the GUI loaded up to its first frame, not only JavaFX's (see train-cds.sh)
  if [ -s "$image/lib/app/switchboard.all.classlist" ]; then
    rm "$package_input/$name/lib/app/switchboard.classlist" "$package_input/$name/lib/app/switchboard.all.classlist"
    cp "$image/lib/app/switchboard.all.classlist" "$package_input/$name/lib/app/switchboard.classlist"
  fi
  install -m 755 "$here/train-cds.sh" "$package_input/$name/lib/train-cds.sh"
  modules=$(sed -n 's/^MODULES="\(.*\)"$/\1/p' "$image/lib/runtime/release" | tr ' ' ,)
  work=$(mktemp -d)
  "$jdk_home/bin/jlink" --add-modules "$modules" --strip-debug --include-locales="$locales" \
    --compress=0 --output "$work/runtime"
  rm "$package_input/$name/lib/runtime/lib/modules"
  cp "$work/runtime/lib/modules" "$package_input/$name/lib/runtime/lib/modules"
  rm -rf "$work"
  rm -f "$image/lib/app/switchboard.classlist" "$image/lib/app/switchboard.all.classlist" "$image/lib/app/switchboard.aotconf"
}

# A JDK 25+ runtime (train-cds.sh makes an AOT cache): the launchers name the cache instead of the
# AppCDS archive (the JDK starts as usual without it, as with the archive), and allow what JavaFX 21
# and JNA do on the class path, which JDK 24+ would otherwise warn about on every start (JavaFX's
# sun.misc.Unsafe memory access, native access). JDK 17 and 21 do not know these two options, so
# they are added here, only for this runtime.
use_jdk25_options() {
  local cfg
  [ "${feature:-0}" -ge 25 ] || return 0
  for cfg in "$app"/*.cfg; do
    awk '
      { gsub(/-XX:SharedArchiveFile=\$APPDIR\/switchboard\.jsa/, "-XX:AOTCache=$APPDIR/switchboard.aot"); gsub(/ -Xshare:auto/, "") }
      /^java-options=-Xshare:auto$/ { next }
      { print }
      /^\[JavaOptions\]$/ { print "java-options=--enable-native-access=ALL-UNNAMED"; print "java-options=--sun-misc-unsafe-memory-access=allow" }
    ' "$cfg" > "$cfg.new"
    mv "$cfg.new" "$cfg"
  done
}

# macOS: the bundle claims switchboard:// links (CFBundleURLTypes); macOS hands them to the running
# console as an open-URI event, which the console handles (SwitchboardApp)
register_url_scheme() {
  local plist=$image/Contents/Info.plist buddy=/usr/libexec/PlistBuddy
  "$buddy" -c "Delete :CFBundleURLTypes" "$plist" 2>/dev/null || true
  "$buddy" -c "Add :CFBundleURLTypes array" \
    -c "Add :CFBundleURLTypes:0 dict" \
    -c "Add :CFBundleURLTypes:0:CFBundleURLName string app.switchboard.link" \
    -c "Add :CFBundleURLTypes:0:CFBundleURLSchemes array" \
    -c "Add :CFBundleURLTypes:0:CFBundleURLSchemes:0 string switchboard" "$plist"
}

# Apple silicon runs only signed code: ad hoc without an identity; with SWITCHBOARD_SIGNING_IDENTITY
# (a Developer ID Application certificate in the keychain, set by the release workflow) a signature
# with the hardened runtime and a timestamp, as notarisation requires.
sign_mac_bundle() {
  local identity=${SWITCHBOARD_SIGNING_IDENTITY:-}
  if [ -z "$identity" ]; then
    codesign --force --deep --sign - "$image"
    echo "finish-app-image: signed ad hoc (no SWITCHBOARD_SIGNING_IDENTITY); the .dmg will not pass Gatekeeper"
    return
  fi
  codesign --force --deep --timestamp --options runtime --entitlements "$here/macos/switchboard.entitlements" \
    --sign "$identity" "$image"
  codesign --verify --deep --strict "$image"
  echo "finish-app-image: signed with $identity (hardened runtime)"
}

# The notary service also inspects the native libraries inside the jars (JNA, JavaFX): signed in
# place before the AppCDS archive is made, which records the jars' sizes and times.
sign_jar_natives() {
  local identity=${SWITCHBOARD_SIGNING_IDENTITY:-} jar libs unpacked lib
  [ "$os" = darwin ] && [ -n "$identity" ] || return 0
  for jar in "$app"/*.jar "$app"/lib/*.jar; do
    [ -f "$jar" ] || continue
    libs=$(unzip -Z1 "$jar" | grep -E '\.(dylib|jnilib)$' || true)
    [ -n "$libs" ] || continue
    unpacked=$(mktemp -d)
    (cd "$unpacked" && unzip -q "$jar" $libs)
    for lib in $libs; do
      codesign --force --timestamp --options runtime --sign "$identity" "$unpacked/$lib"
    done
    (cd "$unpacked" && zip -q "$jar" $libs)
    rm -rf "$unpacked"
  done
}

strip_native_libraries
trim_jna
sign_jar_natives
use_jdk25_options
bash "$here/train-cds.sh" "$image"
case "$os" in
  linux) make_package_input ;;
  darwin) rm -f "$app/switchboard.all.classlist" "$app/switchboard.aotconf"; register_url_scheme; sign_mac_bundle ;;
  *) rm -f "$app/switchboard.all.classlist" "$app/switchboard.aotconf" ;;
esac
if [ "$os" = linux ]; then
  size=$(du -sb "$image" | cut -f1)
  echo "finish-app-image: app-image $size bytes"
  [ "$size" -le 90000000 ] || echo "finish-app-image: the app-image is over its 90 MB target" >&2
fi
