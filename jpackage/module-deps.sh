#!/usr/bin/env bash
# Prints the JDK modules the application's jars use, as recorded in pom.xml (jpackage.modules).
# Run after `./mvnw package`. Modular jars (OkHttp, Jackson, JavaFX, ...) name their own
# requirements, so every jar goes on the module path; JavaFX's empty placeholder jars
# (javafx-*-<version>.jar without a platform classifier) would clash with the real ones and stay out.
set -euo pipefail
cd "$(dirname "$0")/../target/app"
modules=$(mktemp -d)
trap 'rm -rf "$modules"' EXIT
for jar in lib/*.jar; do
  case $(basename "$jar") in
    javafx-*-[0-9]*[0-9].jar) ;;
    *) cp "$jar" "$modules/" ;;
  esac
done
jdeps --print-module-deps --ignore-missing-deps --multi-release 17 -q \
  --module-path "$modules" --add-modules ALL-MODULE-PATH switchboard.jar
