#!/usr/bin/env bash
# Writes OUT_DIR/main.wxs for the .msi: the WiX project of the jpackage that builds it (taken from
# JDK_HOME's jdk.jpackage module, so it always matches that jpackage's own fragments and
# variables) with the switchboard:// URL scheme of url-scheme.wxs added: its Fragment before the
# end of the project and a reference to it in the installer's one feature, DefaultFeature.
# If that jpackage's project has no single DefaultFeature the script stops: an .msi that silently
# registered nothing would be worse than no build. TEMPLATE (for tests) replaces the JDK's project.
# Usage: wix-url-scheme.sh OUT_DIR JDK_HOME [TEMPLATE]
set -euo pipefail
[ $# -ge 2 ] && [ $# -le 3 ] || { sed -n '2,8p' "$0"; exit 2; }
out=$1 jdk_home=$2 template=${3:-}
here=$(cd "$(dirname "$0")" && pwd)
fragment=$here/url-scheme.wxs
# Maven passes Windows paths (C:\...); Git Bash runs programs by its own
command -v cygpath >/dev/null && jdk_home=$(cygpath -u "$jdk_home")

if [ -z "$template" ]; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  "$jdk_home/bin/jmod" extract --dir "$work" "$jdk_home/jmods/jdk.jpackage.jmod"
  template=$work/classes/jdk/jpackage/internal/resources/main.wxs
fi
[ -f "$template" ] || { echo "wix-url-scheme: no main.wxs in $jdk_home's jpackage (a JDK without jmods?)" >&2; exit 1; }

mkdir -p "$out"
# The feature's start tag must be on one line and not empty (not "/>") for the reference to go inside it.
if ! awk -v fragment="$fragment" '
  /<Feature Id="DefaultFeature"/ {
    features++
    if ($0 !~ /[^\/]>[[:space:]]*$/) broken = 1
    print
    print "      <ComponentGroupRef Id=\"SwitchboardUrlScheme\"/>"
    next
  }
  /<\/Wix>/ {
    ends++
    while ((getline line < fragment) > 0) {
      if (line ~ /<Fragment>/) copying = 1
      if (copying) print line
      if (line ~ /<\/Fragment>/) copying = 0
    }
  }
  { print }
  END { exit (features == 1 && ends == 1 && !broken) ? 0 : 1 }
' "$template" > "$out/main.wxs"; then
  rm -f "$out/main.wxs"
  echo "wix-url-scheme: $template has no single one-line <Feature Id=\"DefaultFeature\" ...> and </Wix>;" \
    "this jpackage's WiX project changed, so the .msi cannot register switchboard:// links (see docs/PACKAGING.md)" >&2
  exit 1
fi
echo "wix-url-scheme: $out/main.wxs registers switchboard:// links"
