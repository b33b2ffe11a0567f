#!/usr/bin/env bash
# Bakes an AppCDS archive into a jpackage app-image (APP/switchboard.jsa, which both launchers
# name in -XX:SharedArchiveFile; APP is lib/app, app or Contents/app by OS). JDK 17 cannot
# create archives on the fly (-XX:+AutoCreateSharedArchive is JDK 19+), so this is the static
# two-step recipe:
#   1. record: a training run of the real launcher lists the classes it loads
#      (-XX:DumpLoadedClassList): the GUI up to its first frame (-Dswitchboard.startupProbe=true
#      exits there) when a display can be had (DISPLAY, xvfb-run, Windows, macOS); otherwise
#      only the console launcher's --version;
#   2. select: APP/switchboard.classlist keeps only the JavaFX classes of that list, as ARCHIVED
#      and NOT_ARCHIVED below say;
#   3. dump: the launcher with -Xshare:dump writes one archive of those classes and the JDK
#      classes they need, and a start with -Xshare:on proves that it maps.
# Both steps run a temporary copy of the launcher with its own .cfg, so that the class path is
# exactly the shipped one; the copy is removed afterwards.
# A JDK 17 archive is valid only at the path it was made at (JDK 20+ accepts a moved
# application), so the .deb/.rpm run `train-cds.sh --dump-only /opt/switchboard` on install,
# from the class list recorded at build time; no display is needed for that.
# A runtime of JDK 25 or later gets an ahead-of-time cache instead (JEP 483, 515: classes loaded
# and linked, and method profiles, from a training run), APP/switchboard.aot, named by
# -XX:AOTCache in the launchers' .cfg (finish-app-image.sh writes that option there):
#   1. record: the GUI up to its first page of entities with -XX:AOTMode=record writes the AOT
#      configuration APP/switchboard.aotconf (no display: the console launcher's --version);
#   2. create: -XX:AOTMode=create makes the cache from it (no display needed), and a start with
#      -XX:AOTMode=on proves that it maps.
# The .deb/.rpm ship the configuration and create the cache on install (--dump-only), as for the
# archive. Usage: train-cds.sh [--dump-only] APP_IMAGE_DIR
set -euo pipefail
dump_only=false
[ "${1:-}" = --dump-only ] && { dump_only=true; shift; }
[ $# -eq 1 ] || { sed -n '2,27p' "$0"; exit 2; }
image=$(cd "$1" && pwd)
exe="" to_native=(echo)
case "$(uname -s)" in
  Linux*) bin=$image/bin; app=$image/lib/app; runtime=$image/lib/runtime ;;
  Darwin*) bin=$image/Contents/MacOS; app=$image/Contents/app; runtime=$image/Contents/runtime/Contents/Home ;;
  MINGW*|MSYS*|CYGWIN*) bin=$image; app=$image/app; runtime=$image/runtime; exe=.exe; to_native=(cygpath -w) ;;
  *) echo "train-cds: unsupported OS $(uname -s)" >&2; exit 1 ;;
esac
# the runtime's feature release (17, 21, 25, ...): 25 and later get the AOT cache
feature=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$runtime/release" 2>/dev/null || true)
aot=false
[ "${feature:-0}" -ge 25 ] && aot=true
aot_cache=$app/switchboard.aot
aot_config=$app/switchboard.aotconf
[ -x "$bin/Switchboard$exe" ] || { echo "train-cds: no launcher at $bin/Switchboard$exe" >&2; exit 1; }

archive=$app/switchboard.jsa
classlist=$app/switchboard.classlist
all_classlist=$app/switchboard.all.classlist
# The classes worth their place in the archive. An archive of everything the GUI loads up to its
# first frame (about 7,700 classes) is 54 MB, more than half the app-image. Measured in CPU
# seconds to the first frame (docs/PACKAGING.md), JavaFX's classes save the most start-up work
# per MB (they come from jars, so without the archive each is read, parsed and verified), and
# the lambda proxies even more; to keep the app-image under 90 MB, JavaFX's CSS and FXML
# packages (large classes, 1.2 MB of archive) are left out as well.
ARCHIVED='^(javafx/|com/sun/(javafx|prism|glass|scenario|marlin)/)'
NOT_ARCHIVED='^(javafx|com/sun/javafx)/(css|fxml)/'
work=$(mktemp -d)
recorded=$work/recorded.classlist
log=$work/run.log
trainer=cds-training
cleanup() { rm -rf "$work" "$bin/$trainer$exe" "$app/$trainer.cfg"; }
trap cleanup EXIT

# A copy of the GUI launcher whose .cfg drops the archive options and adds the given ones.
make_trainer() {
  cp "$bin/Switchboard$exe" "$bin/$trainer$exe"
  awk -v extra="$(printf '%s\n' "$@")" '
    /SharedArchiveFile|Xshare|AOTCache/ { next }
    { print }
    /^\[JavaOptions\]/ { n = split(extra, opts, "\n"); for (i = 1; i <= n; i++) if (opts[i] != "") print "java-options=" opts[i] }
  ' "$app/Switchboard.cfg" > "$app/$trainer.cfg"
}

record() {
  local list limit=()
  # settings, logs and secrets of the training run stay out of the builder's home
  export SWITCHBOARD_HOME=$work/home
  list=$("${to_native[@]}" "$recorded")
  # a GUI that never draws (broken display) must not hang the build; macOS has no timeout(1),
  # so there perl's alarm, which survives exec, ends the run with SIGALRM after 300 s
  if command -v timeout >/dev/null; then
    limit=(timeout 300)
  elif command -v perl >/dev/null; then
    limit=(perl -e 'alarm shift; exec @ARGV or die "exec: $!"' 300)
  else
    echo "train-cds: neither timeout nor perl: the training run has no time limit" >&2
  fi
  # what the training run records: the loaded classes up to the first frame, or (AOT) the whole
  # start-up up to the first page of entities, with the methods' profiles
  local training=("-XX:DumpLoadedClassList=$list" "-Dswitchboard.startupProbe=true")
  $aot && training=("-XX:AOTMode=record" "-XX:AOTConfiguration=$("${to_native[@]}" "$aot_config")" \
    "-Dswitchboard.startupProbe=entities")
  if [ -n "${DISPLAY:-}" ] || [ -n "$exe" ] || [ "$(uname -s)" = Darwin ]; then
    make_trainer "${training[@]}"
    ${limit[@]+"${limit[@]}"} "$bin/$trainer$exe" > "$log" 2>&1 || true
  elif command -v xvfb-run >/dev/null; then
    make_trainer "${training[@]}" "-Dprism.order=sw"
    ${limit[@]+"${limit[@]}"} xvfb-run -a -s "-screen 0 1440x900x24" "$bin/$trainer$exe" > "$log" 2>&1 || true
  fi
  # a class the trimmed runtime lacks is no missing display: the installed GUI would not start
  if grep -qE 'NoClassDefFoundError|ClassNotFoundException|NoSuchMethodError' "$log" 2>/dev/null; then
    cat "$log" >&2
    echo "train-cds: the packaged GUI failed to start (a class its runtime lacks; pom.xml jpackage.modules?)" >&2
    exit 1
  fi
  if $aot; then
    if grep -q '^first-frame-ms=' "$log" 2>/dev/null && [ -s "$aot_config" ]; then
      echo "train-cds: recorded the GUI up to its first page of entities for the AOT cache"
      return
    fi
    [ -s "$log" ] && { echo "train-cds: the GUI training run did not reach its first page:" >&2; cat "$log" >&2; }
    echo "train-cds: no display; recording the console launcher only (install xvfb for the GUI)" >&2
    make_trainer "-XX:AOTMode=record" "-XX:AOTConfiguration=$("${to_native[@]}" "$aot_config")" "-Dswitchboard.mode=cli"
    "$bin/$trainer$exe" --version > "$log" 2>&1 || { cat "$log" >&2; exit 1; }
    return
  fi
  if grep -q '^first-frame-ms=' "$log" 2>/dev/null && [ -s "$recorded" ]; then
    echo "train-cds: recorded the GUI up to its first frame ($(grep '^first-frame-ms=' "$log"))"
    return
  fi
  [ -s "$log" ] && { echo "train-cds: the GUI training run did not reach a frame:" >&2; cat "$log" >&2; }
  echo "train-cds: no display; recording the console launcher only (install xvfb for the GUI)" >&2
  # no JavaFX class is loaded then: the archive keeps all the console's classes instead
  ARCHIVED=. NOT_ARCHIVED='^$'
  make_trainer "-XX:DumpLoadedClassList=$list" "-Dswitchboard.mode=cli"
  "$bin/$trainer$exe" --version > "$log" 2>&1 || { cat "$log" >&2; exit 1; }
}

# Lambda proxies go with the class that declares them; the regenerated method handle holders
# (@lambda-form-invoker) are the JDK's own and always stay.
select_classes() {
  awk -v keep="$ARCHIVED" -v skip="$NOT_ARCHIVED" '
    /^#/ || /^@lambda-form-invoker/ { print; next }
    { name = /^@lambda-proxy/ ? $2 : $1; if (name ~ keep && name !~ skip) print }
  ' "$recorded" > "$classlist"
  echo "train-cds: $(grep -vc '^[#@]' "$classlist") of the $(grep -vc '^[#@]' "$recorded") classes loaded are archived"
  # every recorded class, for the installers: their archive is made on install and is not part
  # of the package, so it can hold everything the GUI loads up to its first frame
  cp "$recorded" "$all_classlist"
}

dump() {
  local jsa
  jsa=$("${to_native[@]}" "$archive")
  rm -f "$archive"
  # dumped with the serial collector, the archive holds no Java heap objects (interned strings
  # and the like, only G1 dumps archive them): 1.6 MB smaller and, measured, no slower to start
  make_trainer "-Xshare:dump" "-XX:+UseSerialGC" "-XX:SharedClassListFile=$("${to_native[@]}" "$classlist")" "-XX:SharedArchiveFile=$jsa"
  "$bin/$trainer$exe" > "$log" 2>&1 || { cat "$log" >&2; exit 1; }
  [ -s "$archive" ] || { cat "$log" >&2; echo "train-cds: no archive written" >&2; exit 1; }
  # -Xshare:on refuses to start when the archive does not fit this image
  make_trainer "-XX:SharedArchiveFile=$jsa" "-Xshare:on" "-Dswitchboard.mode=cli"
  "$bin/$trainer$exe" --version > "$log" 2>&1 || { cat "$log" >&2; rm -f "$archive"; echo "train-cds: archive does not map" >&2; exit 1; }
  echo "train-cds: $(du -h "$archive" | cut -f1) archive of $(grep -vc '^[#@]' "$classlist") listed classes at $archive"
}

# JDK 25+: the AOT cache from the recorded configuration
create_aot_cache() {
  local cache
  cache=$("${to_native[@]}" "$aot_cache")
  rm -f "$aot_cache"
  make_trainer "-XX:AOTMode=create" "-XX:AOTConfiguration=$("${to_native[@]}" "$aot_config")" "-XX:AOTCache=$cache"
  "$bin/$trainer$exe" > "$log" 2>&1 || { cat "$log" >&2; exit 1; }
  [ -s "$aot_cache" ] || { cat "$log" >&2; echo "train-cds: no AOT cache written" >&2; exit 1; }
  # -XX:AOTMode=on refuses to start when the cache does not fit this image
  make_trainer "-XX:AOTCache=$cache" "-XX:AOTMode=on" "-Dswitchboard.mode=cli"
  "$bin/$trainer$exe" --version > "$log" 2>&1 || { cat "$log" >&2; rm -f "$aot_cache"; echo "train-cds: AOT cache does not map" >&2; exit 1; }
  echo "train-cds: $(du -h "$aot_cache" | cut -f1) AOT cache (JDK $feature) at $aot_cache"
}

if $aot; then
  $dump_only || record
  [ -s "$aot_config" ] || { echo "train-cds: no AOT configuration at $aot_config" >&2; exit 1; }
  create_aot_cache
  exit 0
fi
$dump_only || { record; select_classes; }
[ -s "$classlist" ] || { echo "train-cds: no class list at $classlist" >&2; exit 1; }
dump
