#!/usr/bin/env bash
# Time to first frame: the packaged app (jpackage launcher, trimmed runtime, AppCDS archive)
# against the same app started from its jars (`java -jar target/app/switchboard.jar` on the
# JDK on PATH). Runs alternate between the two, after one untimed warm-up run of each, all in one
# virtual display. first-frame-ms is what the app's start-up probe prints (ms from JVM start,
# RuntimeMXBean, to the first drawn frame); launch-ms is from exec to that frame by the wall
# clock, so it includes what a launcher does before the JVM starts. cpu-ms is the process's CPU
# time (user + system, by /usr/bin/time) up to that frame, where the probe exits: on a loaded
# machine it varies far less than the clock.
# Usage: jpackage/measure-startup.sh [RUNS] [PACKAGED_LAUNCHER]
#   RUNS defaults to 5; PACKAGED_LAUNCHER to target/dist/Switchboard/bin/Switchboard
#   (built by ./mvnw -Ppackage package); /opt/switchboard/bin/Switchboard measures the .deb.
# Needs xvfb-run (apt-get install -y xvfb xauth) unless DISPLAY is set.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
probe=${STARTUP_PROBE:-true}
launcher=${2:-target/dist/Switchboard/bin/Switchboard}
jar=target/app/switchboard.jar
[ -f "$jar" ] && [ -x "$launcher" ] || { echo "measure-startup: build first: ./mvnw -Ppackage package" >&2; exit 1; }
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1440x900x24" bash "$0" "$runs" "$launcher"
fi

# both start from the same fresh settings folder, outside the user's own
SWITCHBOARD_HOME=$(mktemp -d)
export SWITCHBOARD_HOME
trap 'rm -rf "$SWITCHBOARD_HOME"' EXIT

# prints "FIRST_FRAME_MS LAUNCH_MS CPU_MS" for one start of the given command
cpu_file=$SWITCHBOARD_HOME/cpu
one_run() {
  local start out ff at cpu
  start=$(( $(date +%s%N) / 1000000 ))
  out=$(JAVA_TOOL_OPTIONS="-Dswitchboard.startupProbe=${probe} -Dprism.order=sw" \
    /usr/bin/time -o "$cpu_file" -f '%U %S' "$@" 2>/dev/null || true)
  ff=$(sed -n 's/^first-frame-ms=//p' <<<"$out")
  at=$(sed -n 's/^first-frame-epoch-ms=//p' <<<"$out")
  [ -n "$ff" ] && [ -n "$at" ] || { echo "measure-startup: no first frame from $*" >&2; exit 1; }
  cpu=$(awk '{ printf "%d", ($1 + $2) * 1000 }' "$cpu_file")
  echo "$ff $(( at - start )) $cpu"
}
median() { tr ' ' '\n' | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

one_run java -jar "$jar" >/dev/null
one_run "$launcher" >/dev/null
bare=(java -cp "target/test-classes:$jar" app.switchboard.bench.BareWindow)
jar_ff="" jar_launch="" jar_cpu="" pkg_ff="" pkg_launch="" pkg_cpu="" bare_ff="" bare_launch="" bare_cpu=""
for _ in $(seq "$runs"); do
  read -r ff launch cpu < <(one_run java -jar "$jar"); jar_ff+="$ff " jar_launch+="$launch " jar_cpu+="$cpu "
  read -r ff launch cpu < <(one_run "$launcher"); pkg_ff+="$ff " pkg_launch+="$launch " pkg_cpu+="$cpu "
  if [ "$probe" = entities ]; then
    # the bare window has no entities: its probe waits for the first frame
    read -r ff launch cpu < <(probe=true one_run "${bare[@]}"); bare_ff+="$ff " bare_launch+="$launch " bare_cpu+="$cpu "
  fi
done
jar_ff_med=$(echo $jar_ff | median) jar_launch_med=$(echo $jar_launch | median) jar_cpu_med=$(echo $jar_cpu | median)
pkg_ff_med=$(echo $pkg_ff | median) pkg_launch_med=$(echo $pkg_launch | median) pkg_cpu_med=$(echo $pkg_cpu | median)
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

echo "packaged: $launcher    jars: java -jar $jar ($(java -version 2>&1 | head -1))"
row='%-18s %-32s %7s   %-32s %7s   %-32s %7s\n'
printf "$row" "$runs runs each" "first-frame-ms" "median" "launch-ms" "median" "cpu-ms" "median"
printf "$row" "jars" "$jar_ff" "$jar_ff_med" "$jar_launch" "$jar_launch_med" "$jar_cpu" "$jar_cpu_med"
printf "$row" "packaged" "$pkg_ff" "$pkg_ff_med" "$pkg_launch" "$pkg_launch_med" "$pkg_cpu" "$pkg_cpu_med"
printf "$row" "packaged / jars" "" "$(ratio "$pkg_ff_med" "$jar_ff_med")" "" "$(ratio "$pkg_launch_med" "$jar_launch_med")" "" "$(ratio "$pkg_cpu_med" "$jar_cpu_med")"
if [ -n "$bare_ff" ]; then
  bare_ff_med=$(echo $bare_ff | median) bare_launch_med=$(echo $bare_launch | median) bare_cpu_med=$(echo $bare_cpu | median)
  printf "$row" "bare window (jars)" "$bare_ff" "$bare_ff_med" "$bare_launch" "$bare_launch_med" "$bare_cpu" "$bare_cpu_med"
  printf "$row" "jars / bare" "" "$(ratio "$jar_ff_med" "$bare_ff_med")" "" "$(ratio "$jar_launch_med" "$bare_launch_med")" "" "$(ratio "$jar_cpu_med" "$bare_cpu_med")"
  printf "$row" "packaged / bare" "" "$(ratio "$pkg_ff_med" "$bare_ff_med")" "" "$(ratio "$pkg_launch_med" "$bare_launch_med")" "" "$(ratio "$pkg_cpu_med" "$bare_cpu_med")"
fi
