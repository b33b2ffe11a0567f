#!/usr/bin/env bash
# Records which classes a start of the console loads, in order, up to its first page of entities
# drawn, into src/main/resources/app/switchboard/ui/startup-classes.txt: the list the console
# loads ahead on a thread of its own while it starts (app.switchboard.ui.StartupClasses).
# Run it again when start-up changes much (new views, libraries); a stale list is only less
# useful: names no longer on the class path are passed over, new classes load when needed.
# StartupClassesTest fails when more than a tenth of the list's own classes are gone.
# Usage: jpackage/record-startup-classes.sh   (after ./mvnw package; needs xvfb-run unless DISPLAY is set)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/app/switchboard.jar
out=src/main/resources/app/switchboard/ui/startup-classes.txt
[ -f "$jar" ] || { echo "record-startup-classes: build first: ./mvnw package" >&2; exit 1; }
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1440x900x24" bash "$0" "$@"
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# a fresh settings folder (the Demo environment), the start-up probe exits at the first page of
# entities; -Dswitchboard.preload=false so that the list is the order the start itself needs
java -XX:DumpLoadedClassList="$work/loaded" -Dswitchboard.home="$work/home" \
  -Dswitchboard.startupProbe=entities -Dswitchboard.preload=false -jar "$jar" > "$work/log" 2>&1 || true
grep -q '^first-frame-ms=' "$work/log" || { cat "$work/log" >&2; echo "record-startup-classes: no first page" >&2; exit 1; }
{
  echo "# Written by jpackage/record-startup-classes.sh from a start of $(git rev-parse --short HEAD 2>/dev/null || echo 'this tree') on $(date -u +%Y-%m-%d); do not edit."
  echo "# The classes a start loads up to its first page of entities, in order (app.switchboard.ui.StartupClasses)."
  # lambda proxies and other hidden classes (@...) cannot be loaded by name
  awk '!/^#/ && !/^@/ && $1 !~ /\/0x/ { gsub("/", ".", $1); print $1 }' "$work/loaded"
} > "$out"
echo "record-startup-classes: $(grep -vc '^#' "$out") classes in $out ($(grep '^first-frame-ms=' "$work/log"))"
