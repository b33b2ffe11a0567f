#!/usr/bin/env bash
# Derives every icon file from switchboard.svg: PNGs 16..1024 px, switchboard.ico (Windows),
# switchboard.icns (macOS), and the window icons the app loads from its resources.
# Uses Debian packages only: librsvg2-bin (rsvg-convert), imagemagick (convert), icnsutils (png2icns).
set -euo pipefail
cd "$(dirname "$0")"
need=""
command -v rsvg-convert >/dev/null || need="$need librsvg2-bin"
[ -x /usr/bin/convert ] || need="$need imagemagick"
command -v png2icns >/dev/null || need="$need icnsutils"
if [ -n "$need" ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $need
fi

mkdir -p png
for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert --width "$size" --height "$size" switchboard.svg --output "png/switchboard-$size.png"
done

/usr/bin/convert png/switchboard-{16,24,32,48,64,128,256}.png switchboard.ico
png2icns switchboard.icns png/switchboard-{16,32,48,128,256,512,1024}.png >/dev/null

resources=../src/main/resources/app/switchboard/icons
mkdir -p "$resources"
for size in 16 32 48 64 128 256; do
  cp "png/switchboard-$size.png" "$resources/switchboard-$size.png"
done
echo "derived icons from switchboard.svg"
