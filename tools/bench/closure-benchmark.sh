#!/usr/bin/env bash
# Prints how fast the offline closure is resolved, for a Spring-Boot-sized project (tools/bench/spring-boot-sized,
# about 300 jars), against de.qaware.maven:go-offline-maven-plugin:1.2.8 in the same run:
#   - warm resolution: offline-docker:resolve with every artifact already in the user's local repository
#     (nothing may be downloaded again), from an empty target/;
#   - fingerprinted re-run: offline-docker:resolve again with nothing changed, against Maven's own start-up
#     (mvn validate on the same project);
#   - go-offline-maven-plugin's resolve-dependencies into an empty local repository.
# Each figure is the median of BENCH_RUNS runs (default 3). Figures, not a test: nothing here fails on a
# slow run.
set -euo pipefail

# shellcheck source=common.sh
source "$(dirname "$0")/common.sh"
qaware="de.qaware.maven:go-offline-maven-plugin:1.2.8"

install_plugin

rm -rf "$work/project"
cp -r "$root/tools/bench/spring-boot-sized" "$work/project"
rm -rf "$work/project/target"

echo "Warming the local repository with one resolution ..."
timed mvn -B "$plugin:resolve" >/dev/null

# Downloads are counted as files the local repository gains, not from Maven's transfer lines: Maven 4 prints
# none on a CI machine. (Not by timestamps: the offline repository hard-links the local one's files.)
local_repository=$(mvn -q -B -Dstyle.color=never org.apache.maven.plugins:maven-help-plugin:3.5.1:evaluate \
  -Dexpression=settings.localRepository -DforceStdout | sed 's/\x1b\[[0-9;]*m//g')
artifact_files() { find "$local_repository" -type f \( -name '*.jar' -o -name '*.pom' \) | sort; }
artifact_files >"$work/artifacts-before"
warm=()
for _ in $(seq "$runs"); do
  rm -rf "$work/project/target"
  warm+=("$(timed mvn -B "$plugin:resolve")")
done
downloads=$(artifact_files | comm -13 "$work/artifacts-before" - | wc -l)
jars=$(find "$work/project/target/offline-repo" -name '*.jar' | wc -l)
files=$(find "$work/project/target/offline-repo" -type f | wc -l)

rerun=()
startup=()
for _ in $(seq "$runs"); do
  rerun+=("$(timed mvn -B "$plugin:resolve")")
  startup+=("$(timed mvn -B validate)")
done
grep -q 'is up to date' "$log" || { echo "The re-runs did not reuse the resolution (see $log)" >&2; exit 1; }

cold=()
for _ in $(seq "$runs"); do
  rm -rf "$work/qaware-repository"
  cold+=("$(timed mvn -B -Dmaven.repo.local="$work/qaware-repository" "$qaware:resolve-dependencies")")
done

warm_median=$(printf '%s\n' "${warm[@]}" | median)
rerun_median=$(printf '%s\n' "${rerun[@]}" | median)
startup_median=$(printf '%s\n' "${startup[@]}" | median)
cold_median=$(printf '%s\n' "${cold[@]}" | median)

echo
echo "Closure: $jars jars, $files files ($(du -sh "$work/project/target/offline-repo" | cut -f1)); median of $runs runs each"
awk -v w="$warm_median" -v r="$rerun_median" -v s="$startup_median" -v c="$cold_median" -v d="$downloads" 'BEGIN {
  printf "| %-58s | %8s | %-22s |\n", "measure", "seconds", "target"
  printf "| %-58s | %8.2f | %-22s |\n", "offline-docker:resolve, warm local repository", w, ""
  printf "| %-58s | %8d | %-22s |\n", "  artifacts downloaded again in those runs", d, "0"
  printf "| %-58s | %8.2f | %-22s |\n", "go-offline-maven-plugin 1.2.8, empty local repository", c, ""
  printf "| %-58s | %8.2f | %-22s |\n", "  ratio warm offline-docker / go-offline", w / c, "<= 0.5"
  printf "| %-58s | %8.2f | %-22s |\n", "offline-docker:resolve, unchanged re-run (fingerprint)", r, ""
  printf "| %-58s | %8.2f | %-22s |\n", "mvn validate (Maven start-up, same project)", s, ""
  printf "| %-58s | %8.2f | %-22s |\n", "  re-run beyond Maven start-up", r - s, "<= 1.00"
}'
