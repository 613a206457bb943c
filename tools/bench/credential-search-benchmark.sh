#!/usr/bin/env bash
# Prints what searching the project's context files for the host's credentials costs (KnownSecrets, before
# every build context is written), for the Spring-Boot-sized service and for it grown by BENCH_DOMAINS (default
# 600) generated domains, as tools/bench/image-benchmark.sh builds them. Each JVM is fresh, as a Maven run is;
# the first search is what a build pays. Figures, not a test: nothing here fails on a slow run.
set -euo pipefail

# shellcheck source=common.sh
source "$(dirname "$0")/common.sh"
# shellcheck source=generated-domains.sh
source "$(dirname "$0")/generated-domains.sh"

echo "Compiling the plugin ..."
mvn -q -B -f "$root/pom.xml" compile dependency:build-classpath -Dmdep.outputFile="$work/classpath" >>"$log" 2>&1
classpath="$root/target/classes:$(cat "$work/classpath")"

search() {
  echo "$1:"
  for _ in $(seq "$runs"); do
    java -cp "$classpath" "$root/tools/bench/CredentialSearch.java" "$work/project" 10
  done
}

rm -rf "$work/project"
cp -r "$root/tools/bench/spring-boot-sized" "$work/project"
rm -rf "$work/project/target"
search "Spring-Boot-sized service"
generate_domains "$work/project" "${BENCH_DOMAINS:-600}"
search "grown by ${BENCH_DOMAINS:-600} domains"
