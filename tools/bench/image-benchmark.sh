#!/usr/bin/env bash
# Prints, from one run on the provisioned test environment (tools/test-env/provision.sh first), what the
# image build costs for the sample of src/it/image-layer-cache (a private library, a Central library):
#   - a no-op rebuild: offline-docker:build again with nothing changed;
#   - a source-only rebuild, against the bare 'mvn -o package' inside the builder stage's image (with the JVM's
#     defaults, as a hand-written Dockerfile runs it, and with the MAVEN_OPTS of the plugin's builder stage), the
#     bytes it sends the engine, and the builder stage's own mvn step within that rebuild;
#   - the bytes re-copied into the builder after one private dependency bump, against the whole repository;
#   - the final image's size against its base image plus the application and its runtime dependencies;
#   - the source-only rebuild and the bare run again for the Spring-Boot-sized service of tools/bench (a fat jar
#     with about 300 jars of dependencies and a test), whose build takes longer; then its source-only rebuild
#     with <springBootLayers>, and the bytes of the layer that rebuild adds against the fat jar's;
#   - the source-only rebuild and the bare run again for that service grown by BENCH_DOMAINS (default 600)
#     generated domains (generated-domains.sh): 2,400 sources and 600 tests, a build of about 15 s.
# Times are medians of BENCH_RUNS runs (default 3). Figures, not a test: nothing here fails on a slow run.
set -euo pipefail
large_domains=${BENCH_DOMAINS:-600}

# shellcheck source=common.sh
source "$(dirname "$0")/common.sh"
# shellcheck source=../test-env/test-env.properties
source "$root/tools/test-env/test-env.properties"
# shellcheck source=generated-domains.sh
source "$(dirname "$0")/generated-domains.sh"

install_plugin

settings=$(repository_settings)
small_sample
library="$work/project/setup/ledger-lib"
images=(-Doffline-docker.builderImage="$BUILDER_IMAGE" -Doffline-docker.runtimeImage="$RUNTIME_IMAGE")
# The goal by its full name: the Spring-Boot-sized service does not declare the plugin.
build() { timed mvn -B -s "$settings" "${images[@]}" "$@" "$plugin:build"; }
image=offline-docker-it/image-layer-cache:1

echo "Deploying ledger-lib 1.0.0 and building the image once ..."
deploy_small_library "$settings"
build >/dev/null

# Seconds from the builder's 'RUN [".../mvn", ...]' step to the next step, in the log from line $1 on (log
# lines carry their time: the build runs with slf4j's showDateTime).
builder_step() {
  tail -n +"$1" "$log" | awk '
    function seconds(t) { split(t, p, ":"); return p[1] * 3600 + p[2] * 60 + p[3] }
    / Step [0-9]+\/[0-9]+ : RUN \["\/opt\/maven\/bin\/mvn"/ { start = seconds($1); next }
    start != "" && / Step [0-9]+\/[0-9]+ : / { printf "%.2f\n", seconds($1) - start; exit }'
}
timestamps=(-Dorg.slf4j.simpleLogger.showDateTime=true -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS)

noop=()
source_only=()
source_step=()
for i in $(seq "$runs"); do
  noop+=("$(build)")
  # Unique per run: an edit an earlier run made would find its build in the engine's cache.
  echo "// edit $i $(date +%s%N)" >>"$work/project/src/main/java/com/example/bookkeeper/Bookkeeper.java"
  before=$(($(wc -l <"$log") + 1))
  source_only+=("$(build "${timestamps[@]}")")
  source_step+=("$(builder_step "$before")")
done
# What a source-only rebuild sends the engine: the project's context alone.
sent_bytes=$(stat -c %s "$work/project/target/offline-docker.tar")

# Times of a bare 'mvn -o package' in the builder stage's image of the project, from a clean target/, one line a
# run: "<with the JVM's defaults> <with the builder stage's MAVEN_OPTS>", the plugin's default <builderJvmFlags>.
bare_runs() {
  build -Doffline-docker.target=builder -Doffline-docker.tags=offline-docker-bench/builder:1 >/dev/null
  for _ in $(seq "$runs"); do
    echo "$(bare_run -e MAVEN_OPTS=) $(bare_run)"
  done
  docker image rm offline-docker-bench/builder:1 >>"$log" 2>&1
}
bare_run() {
  timed docker run --rm --network none "$@" offline-docker-bench/builder:1 \
    sh -c 'rm -rf target && exec /opt/maven/bin/mvn -o -B -q package'
}

echo "Timing the bare 'mvn -o package' inside the builder stage's image ..."
bare_times=$(bare_runs)

# The final image against its parts, before the bump changes them.
build >/dev/null
final_size=$(docker image inspect --format '{{.Size}}' "$image")
base_size=$(docker image inspect --format '{{.Size}}' "$RUNTIME_IMAGE")
app_size=$(docker run --rm --network none --entrypoint stat "$image" -c %s /app/app.jar)
libs_size=$(docker run --rm --network none --entrypoint du "$image" -sb --apparent-size /app/lib | cut -f1)

echo "Bumping ledger-lib to 1.0.1 ..."
sed -i 's|<version>1.0.0</version>|<version>1.0.1</version>|' "$library/pom.xml"
deploy_small_library "$settings"
perl -0pi -e 's|(<artifactId>ledger-lib</artifactId>\s*<version>)1\.0\.0|${1}1.0.1|' "$work/project/pom.xml"
before=$(wc -l <"$log")
build >/dev/null
# The repository layers the engine did not take from its cache: the step line is not followed by "Using cache".
recopied_layers=$(tail -n +"$before" "$log" | awk '
  /Step [0-9]+\/[0-9]+ : COPY repository\// { split($0, a, "COPY repository/"); split(a[2], b, "/"); layer = b[1]; next }
  layer != "" { if ($0 !~ /Using cache/) print layer; layer = "" }')
total_bytes=0
recopied_bytes=0
# The bump built a new dependency image, from this context.
for dir in "$work/project/target/offline-docker-dependencies"/repository/*/; do
  name=$(basename "$dir")
  bytes=$(du -sb --apparent-size "$dir" | cut -f1)
  total_bytes=$((total_bytes + bytes))
  if grep -qx "$name" <<<"$recopied_layers"; then recopied_bytes=$((recopied_bytes + bytes)); fi
done

# Times, one a line, of BENCH_RUNS source-only rebuilds of the project with the goal's arguments $2..., each
# after a unique edit of its source file $1 (an edit an earlier run made would find its build in the engine's
# cache), and one build before them.
source_rebuilds() {
  local file=$1 i
  shift
  build "$@" >/dev/null
  for i in $(seq "$runs"); do
    echo "// edit $i $(date +%s%N)" >>"$work/project/$file"
    build "$@"
  done
}

echo "Timing a source-only rebuild of the Spring-Boot-sized service ..."
mv "$work/project" "$work/small-project"
cp -r "$root/tools/bench/spring-boot-sized" "$work/project"
rm -rf "$work/project/target"
sb_tags=-Doffline-docker.tags=offline-docker-bench/spring-boot-sized:1
sb_source_times=$(source_rebuilds src/main/java/com/example/bench/BenchService.java "$sb_tags")
sb_sent_bytes=$(stat -c %s "$work/project/target/offline-docker.tar")
# The same with <springBootLayers>: what a source change costs, and the bytes of the layer it adds (the newest
# layer with files; LABEL steps add empty ones), which is what a push of the new image sends.
sb_layers=(-Doffline-docker.springBootLayers=true -Doffline-docker.tags=offline-docker-bench/spring-boot-layered:1)
sb_layered_times=$(source_rebuilds src/main/java/com/example/bench/BenchService.java "${sb_layers[@]}")
sb_changed_layer_bytes=$(docker history --human=false --format '{{.Size}}' offline-docker-bench/spring-boot-layered:1 \
  | awk '$1 > 0 { print; exit }')
sb_jar_bytes=$(docker run --rm --network none --entrypoint stat offline-docker-bench/spring-boot-sized:1 -c %s /app/app.jar)
docker image rm offline-docker-bench/spring-boot-layered:1 >>"$log" 2>&1
sb_repository_bytes=$(du -sb --apparent-size "$work/project/target/offline-repo" | cut -f1)
sb_bare_times=$(bare_runs)

echo "Timing a source-only rebuild of the service grown by $large_domains generated domains ..."
generate_domains "$work/project" "$large_domains"
large_source_times=$(source_rebuilds src/main/java/com/example/bench/domain/Item1Service.java "$sb_tags")
large_bare_times=$(bare_runs)
docker image rm offline-docker-bench/spring-boot-sized:1 >>"$log" 2>&1

noop_median=$(printf '%s\n' "${noop[@]}" | median)
source_median=$(printf '%s\n' "${source_only[@]}" | median)
step_median=$(printf '%s\n' "${source_step[@]}" | median)
bare_median=$(cut -d' ' -f1 <<<"$bare_times" | median)
bare_flags_median=$(cut -d' ' -f2 <<<"$bare_times" | median)
sb_source_median=$(median <<<"$sb_source_times")
sb_layered_median=$(median <<<"$sb_layered_times")
large_source_median=$(median <<<"$large_source_times")
large_bare_median=$(cut -d' ' -f1 <<<"$large_bare_times" | median)
large_bare_flags_median=$(cut -d' ' -f2 <<<"$large_bare_times" | median)
sb_bare_median=$(cut -d' ' -f1 <<<"$sb_bare_times" | median)
sb_bare_flags_median=$(cut -d' ' -f2 <<<"$sb_bare_times" | median)

echo
echo "Re-copied repository layers after the bump: $(echo $recopied_layers | tr ' ' ',')"
awk -v n="$noop_median" -v s="$source_median" -v b="$bare_median" -v st="$step_median" \
    -v r="$recopied_bytes" -v t="$total_bytes" -v sbs="$sb_source_median" -v sbb="$sb_bare_median" \
    -v bf="$bare_flags_median" -v sbbf="$sb_bare_flags_median" \
    -v sbl="$sb_layered_median" -v sbcl="$sb_changed_layer_bytes" -v sbjar="$sb_jar_bytes" \
    -v ls="$large_source_median" -v lb="$large_bare_median" -v lbf="$large_bare_flags_median" -v ld="$large_domains" \
    -v sent="$sent_bytes" -v sbsent="$sb_sent_bytes" -v sbrepo="$sb_repository_bytes" \
    -v f="$final_size" -v base="$base_size" -v app="$app_size" -v libs="$libs_size" '
function row(label, figure, target) { printf "| %-62s | %14s | %-8s |\n", label, figure, target }
function seconds(v) { return sprintf("%.2f s", v) }
function times(v) { return sprintf("%.2fx", v) }
# A sample'"'"'s source-only rebuild against the bare run, with the JVM'"'"'s defaults and with the builder'"'"'s flags.
function against_bare(sample, rebuild, bare, bareWithFlags) {
  row(sample ": source-only rebuild", seconds(rebuild), "")
  row(sample ": bare mvn -o package in the builder", seconds(bare), "")
  row("  source-only rebuild / bare", times(rebuild / bare), "<= 1.15")
  row("  the same bare run with the builder stage'"'"'s MAVEN_OPTS", seconds(bareWithFlags), "")
  row("  source-only rebuild / that bare run", times(rebuild / bareWithFlags), "")
}
BEGIN {
  row("measure", "figure", "target")
  row("no-op rebuild (offline-docker:build, nothing changed)", seconds(n), "")
  against_bare("small sample", s, b, bf)
  row("  bytes sent to the engine by the source-only rebuild", sent, "")
  row("  builder stage mvn step of the source-only rebuild", seconds(st), "")
  row("  builder step / bare with the builder stage'"'"'s MAVEN_OPTS", times(st / bf), "")
  against_bare("Spring-Boot-sized service", sbs, sbb, sbbf)
  row("  bytes sent by a source-only rebuild", sbsent, "")
  row("  bytes of its offline repository", sbrepo, "")
  row("  with springBootLayers: source-only rebuild", seconds(sbl), "")
  row("  bytes of the layer a source change adds (a push sends it)", sbcl, "")
  row("  bytes of the fat jar, the layer it adds without them", sbjar, "")
  against_bare("grown by " ld " domains", ls, lb, lbf)
  row("bytes re-copied after one private bump", r, "")
  row("bytes of the whole offline repository", t, "")
  row("  re-copied / whole", sprintf("%.2f%%", 100 * r / t), "<= 10%")
  row("final image size", f, "")
  row("runtime base + application jar + runtime dependencies", base + app + libs, "")
  row("  final above base + app + dependencies",
      sprintf("%.3f%%", 100 * (f - base - app - libs) / (base + app + libs)), "< 1%")
}'
