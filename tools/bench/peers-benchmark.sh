#!/usr/bin/env bash
# Prints, from one run on the provisioned test environment (tools/test-env/provision.sh first), the rebuild a
# developer makes many times a day, against what a user would pick instead of the plugin, on three samples: the
# small private-dependency service of src/it/image-layer-cache, the Spring-Boot-sized service of tools/bench, and
# that service grown by BENCH_DOMAINS (default 600) generated domains. For each, medians of BENCH_RUNS (default 3):
#   - the plugin's source-only rebuild (one unique edit of a source file) and its no-op rebuild, and
#     'mvn -o validate' on the same project, which the no-op rebuild is measured against;
#   - the hand-written recipe: a multi-stage Dockerfile whose context holds the plugin's own offline repository,
#     Maven and the sources, built with 'docker build --network none', the JVM's default flags, the same base
#     images (its first build, the "fetch", is not counted);
#   - Jib 3.5 'mvn package jib:dockerBuild' on the same project, onto the same runtime base (built on the host,
#     not hermetic);
#   - the bare 'mvn -o package' in a container of the builder stage's image, from a clean target/.
# Each peer's rebuild also follows one unique edit. The last column is the plugin's source-only rebuild against
# the best of the hand-written recipe and Jib. Figures, not a test: nothing here fails on a slow run.
set -euo pipefail
domains=${BENCH_DOMAINS:-600}
jib=com.google.cloud.tools:jib-maven-plugin:3.5.2

# shellcheck source=common.sh
source "$(dirname "$0")/common.sh"
# shellcheck source=../test-env/test-env.properties
source "$root/tools/test-env/test-env.properties"
# shellcheck source=generated-domains.sh
source "$(dirname "$0")/generated-domains.sh"

install_plugin
settings=$(repository_settings)
images=(-Doffline-docker.builderImage="$BUILDER_IMAGE" -Doffline-docker.runtimeImage="$RUNTIME_IMAGE")
hand="$work/hand"

# Appends a unique line to the source file $1 below the project directory $2: an edit an earlier run made would
# find its build in the engine's cache.
edit() { echo "// edit $(date +%s%N)" >>"$2/$1"; }

# Medians of BENCH_RUNS runs of "$@", each after a unique edit of the sample's source file (none for a no-op).
medians() {
  local what=$1 i
  shift
  for i in $(seq "$runs"); do
    if [ "$what" = edit ]; then edit "$source" "$work/project"; fi
    "$@"
  done | median
}

plugin_build() { timed mvn -B -s "$settings" "${images[@]}" -Doffline-docker.tags="offline-docker-bench/peers:1" "$plugin:build"; }
validate() { timed mvn -B -o -s "$settings" validate; }
jib_build() {
  timed mvn -B -s "$settings" package "$jib:dockerBuild" -Djib.from.image="docker://$RUNTIME_IMAGE" \
    -Djib.to.image=offline-docker-bench/peers-jib:1 -Djib.disableUpdateChecks=true
}
# The hand-written recipe reads the sources from its own context: the edit goes there.
hand_build() {
  edit "$source" "$hand"
  timed docker build --quiet --network none -t offline-docker-bench/peers-hand:1 "$hand"
}
bare_build() {
  timed docker run --rm --network none offline-docker-bench/peers-builder:1 \
    sh -c 'rm -rf target && exec /opt/maven/bin/mvn -o -B -q package'
}

# The hand-written recipe's context from the plugin's: Maven, the offline repository in one folder, the runtime
# libraries, and a copy of the sources, as a user would lay it out after fetching.
write_hand_context() {
  local context="$work/project/target/offline-docker" layer
  timed mvn -B -s "$settings" "${images[@]}" "$plugin:context" >/dev/null
  rm -rf "$hand" && mkdir -p "$hand/repo" "$hand/lib"
  cp -a "$context/maven" "$hand/maven"
  for layer in "$context"/repository/*/; do cp -al "$layer." "$hand/repo/"; done
  for layer in "$context"/lib/*/; do cp -al "$layer." "$hand/lib/"; done
  cp -a "$work/project/pom.xml" "$work/project/src" "$hand/"
  # A jar with its libraries beside it runs by its main class; a Spring Boot fat jar holds them and runs as built.
  local entrypoint='["java", "-jar", "/app/app.jar"]'
  if [ -n "$(ls -A "$hand/lib")" ]; then
    entrypoint="[\"java\", \"-cp\", \"/app/app.jar:/app/lib/*\", \"$main_class\"]"
  fi
  cat >"$hand/Dockerfile" <<DOCKERFILE
FROM $BUILDER_IMAGE AS builder
COPY maven/ /opt/maven/
COPY repo/ /repo/
WORKDIR /w
COPY pom.xml ./
COPY src/ src/
RUN /opt/maven/bin/mvn -o -B -q -Dmaven.repo.local=/repo package && cp target/*.jar /w/app.jar

FROM $RUNTIME_IMAGE
WORKDIR /app
COPY lib/ /app/lib/
COPY --from=builder /w/app.jar /app/app.jar
ENTRYPOINT $entrypoint
DOCKERFILE
}

results=()
# Times the sample now in $work/project, whose source file is $source (and main class $main_class when its
# libraries lie beside its jar), as "$1".
measure() {
  local name=$1 noop source_only valid hand_median jib_median bare_median
  echo "Timing $name ..."
  plugin_build >/dev/null
  source_only=$(medians edit plugin_build)
  noop=$(medians none plugin_build)
  valid=$(medians none validate)
  write_hand_context
  hand_build >/dev/null
  hand_median=$(for _ in $(seq "$runs"); do hand_build; done | median)
  jib_build >/dev/null
  jib_median=$(medians edit jib_build)
  timed mvn -B -s "$settings" "${images[@]}" -Doffline-docker.target=builder \
    -Doffline-docker.tags=offline-docker-bench/peers-builder:1 "$plugin:build" >/dev/null
  bare_median=$(medians none bare_build)
  docker image rm offline-docker-bench/peers:1 offline-docker-bench/peers-hand:1 offline-docker-bench/peers-jib:1 \
    offline-docker-bench/peers-builder:1 >>"$log" 2>&1
  results+=("$name|$source_only|$noop|$valid|$hand_median|$jib_median|$bare_median")
}

echo "Deploying ledger-lib 1.0.0 for the small sample ..."
small_sample
deploy_small_library "$settings"
source=src/main/java/com/example/bookkeeper/Bookkeeper.java
main_class=com.example.bookkeeper.Bookkeeper
measure "small private-dependency service"

rm -rf "$work/project"
cp -r "$root/tools/bench/spring-boot-sized" "$work/project"
source=src/main/java/com/example/bench/BenchService.java
measure "Spring-Boot-sized service"

generate_domains "$work/project" "$domains"
rm -rf "$work/project/target"
source=src/main/java/com/example/bench/domain/Item1Service.java
measure "grown by $domains domains"

echo
echo "| sample (seconds, medians of $runs) | plugin source-only | plugin no-op | mvn -o validate | hand-written recipe | Jib dockerBuild | bare mvn -o package | plugin / best peer |"
echo "|---|---|---|---|---|---|---|---|"
for result in "${results[@]}"; do
  IFS='|' read -r name source_only noop valid hand_median jib_median bare_median <<<"$result"
  awk -v n="$name" -v s="$source_only" -v o="$noop" -v v="$valid" -v h="$hand_median" -v j="$jib_median" \
      -v b="$bare_median" 'BEGIN {
    best = h < j ? h : j
    printf "| %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2fx |\n", n, s, o, v, h, j, b, s / best }'
done
