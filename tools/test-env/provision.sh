#!/usr/bin/env bash
# Provisions the test environment of offline-docker-maven-plugin on this machine (Debian, as root):
#   1. Debian packages: docker.io, debootstrap, nginx, curl, openssl, docker-registry, apache2-utils, podman,
#      buildah (only what is missing)
#   2. a Docker engine on the default socket and with TLS on 127.0.0.1:$DOCKER_TLS_PORT (certificates made
#      here, in $DOCKER_TLS_DIR): dockerd started in the background if `docker info` fails, restarted with
#      those flags if it runs without the TLS endpoint
#   3. base images $BUILDER_IMAGE (JDK 17), $RUNTIME_IMAGE (JRE 17), $TOMCAT_IMAGE (Debian's Tomcat 10.1
#      on JRE 17, laid out as the official tomcat images are), $MINBASE_IMAGE (Debian without Java, for
#      linked Java runtimes) and $CC_IMAGE (only Debian's C and C++ run-time libraries, no shell,
#      in the manner of distroless images), built with debootstrap from the machine's own Debian mirror, since no
#      image registry can be reached
#   4. a private Maven repository: nginx on 127.0.0.1:$REPO_PORT with basic auth and WebDAV PUT
#      (and, under /faults/, the same repository answering 403, slowly, or with bodies cut short), and an
#      HTTP forward proxy to it on 127.0.0.1:$PROXY_PORT that demands its own login
#   5. examples/math-utils deployed to that repository
#   6. an image registry: Debian's docker-registry on 127.0.0.1:$REGISTRY_PORT with htpasswd (bcrypt) auth;
#      Debian's credential helper docker-credential-pass keeping its login for localhost:$REGISTRY_PORT in a
#      pass store of its own (a gpg key without passphrase), named by the Docker configuration in
#      $CREDENTIAL_HELPER_DIR/docker-config, through which the docker CLI pushes $PRIVATE_BASE_IMAGE (the
#      JRE image) there: a base image that only a login reaches. The helper and pass are unpacked into
#      $CREDENTIAL_HELPER_DIR/root, not installed: with pass on the PATH, every docker login on the machine
#      would store its login with pass, as the docker CLI makes pass its default store wherever it finds it
#   7. a 4 MB tmpfs at $TINY_FS, for the disk-full ITs
#   8. Podman and buildah (Debian's), sharing one image store: Podman's Docker-compatible API on
#      $PODMAN_HOST (`podman system service`, started in the background), $BUILDER_IMAGE and $RUNTIME_IMAGE
#      copied into that store, and the registry of step 6 listed as plain HTTP in registries.conf.d (Podman,
#      unlike Docker, speaks HTTPS to 127.0.0.1 too unless told)
# Settings come from test-env.properties beside this script. Idempotent: a re-run only checks.
# Environment: DEBIAN_MIRROR=http://... overrides the mirror read from the apt sources.
set -Eeuo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
# shellcheck source=test-env.properties
source "$HERE/test-env.properties"

STATE_DIR=/var/lib/offline-docker-test   # repository data, nginx config, htpasswd
LOG_DIR=/var/log/offline-docker-test     # dockerd, nginx, apt, image and deploy logs
RUN_DIR=/run/offline-docker-test         # pid and lock files
NGINX_DIR=$STATE_DIR/nginx
REPO_ROOT=$STATE_DIR/repo
SUITE=bookworm
export DEBIAN_FRONTEND=noninteractive

MATH_UTILS_GAV=io.github.offlinedocker.examples:math-utils:1.0.0
MATH_UTILS_JAR_PATH=io/github/offlinedocker/examples/math-utils/1.0.0/math-utils-1.0.0.jar

START=$SECONDS
STEP_START=$SECONDS
CURRENT_STEP=init
CLEANUP_PATHS=()
POLICY_RC_CREATED=

say() { printf '%s\n' "$*"; }
# One line per step, printed when the step is done.
done_step() {
    printf '[%s] %-10s %s (%ss)\n' "$1" "$CURRENT_STEP" "$2" "$((SECONDS - STEP_START))"
}
begin_step() { CURRENT_STEP=$1; STEP_START=$SECONDS; }
fail() {
    printf 'provision.sh: ERROR in step "%s": %s\n' "$CURRENT_STEP" "$*" >&2
    exit 1
}
show_log() { # file: last lines of a log, on stderr
    [ -f "$1" ] || return 0
    printf -- '--- last lines of %s ---\n' "$1" >&2
    tail -n 30 "$1" >&2 || true
    printf -- '---\n' >&2
}

unmount_below() { # dir: unmount whatever debootstrap may have left mounted inside it
    local mnt
    findmnt -rn -o TARGET 2>/dev/null | awk -v p="$1/" 'index($0, p) == 1' | sort -r |
        while read -r mnt; do umount -l "$mnt" 2>/dev/null || true; done
}

cleanup() {
    local rc=$? path job
    trap - ERR
    for job in $(jobs -p); do kill "$job" 2>/dev/null || true; done
    wait 2>/dev/null || true
    if [ -n "$POLICY_RC_CREATED" ]; then rm -f /usr/sbin/policy-rc.d; fi
    for path in "${CLEANUP_PATHS[@]+"${CLEANUP_PATHS[@]}"}"; do
        [ -e "$path" ] || continue
        unmount_below "$path"
        rm -rf --one-file-system "$path" 2>/dev/null || true
    done
    exit "$rc"
}
trap cleanup EXIT
trap 'fail "command failed at line $LINENO: $BASH_COMMAND"' ERR

# curl with the repository credentials, kept off the command line (and out of `ps`).
curl_auth() {
    curl -K - "$@" <<EOF
user = "$REPO_USERNAME:$REPO_PASSWORD"
EOF
}
http_status() { # [auth] url -> prints the HTTP status, 000 when nothing answers
    if [ "$1" = auth ]; then
        shift
        curl_auth -s -o /dev/null -w '%{http_code}' --max-time 10 "$1" || true
    else
        curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$1" || true
    fi
}

# pid-file command: prints the pid in the file when that process runs under that command name.
daemon_pid() {
    local pid
    pid=$(cat "$1" 2>/dev/null || true)
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = "$2" ] && printf '%s\n' "$pid"
}

# name pid-function url log: waits up to 15 s until the daemon has a pid and answers at url; prints the pid.
await_daemon() {
    local name=$1 pid_of=$2 url=$3 log=$4 deadline=$((SECONDS + 15)) pid
    until pid=$("$pid_of") && [ "$(http_status "$url")" != 000 ]; do
        if [ $SECONDS -ge $deadline ]; then
            show_log "$log"
            fail "$name did not answer at $url within 15 s"
        fi
        sleep 0.5
    done
    printf '%s\n' "$pid"
}

xml_escape() {
    local s=$1
    s=${s//&/&amp;}; s=${s//</&lt;}; s=${s//>/&gt;}; s=${s//\"/&quot;}; s=${s//\'/&apos;}
    printf '%s' "$s"
}

# ---------------------------------------------------------------------------------------------
[ "$(id -u)" -eq 0 ] || fail "must run as root (try: sudo $0)"
for key in REPO_ID REPO_PORT REPO_URL REPO_USERNAME REPO_PASSWORD BUILDER_IMAGE RUNTIME_IMAGE TOMCAT_IMAGE MINBASE_IMAGE CC_IMAGE \
    REGISTRY_PORT REGISTRY_USERNAME REGISTRY_PASSWORD CREDENTIAL_HELPER_DIR PRIVATE_BASE_IMAGE TINY_FS DOCKER_TLS_PORT DOCKER_TLS_DIR; do
    [ -n "${!key:-}" ] || fail "$key is not set in $HERE/test-env.properties"
done
case "$REPO_URL" in
    "http://127.0.0.1:$REPO_PORT/"*/) REPO_PATH=/${REPO_URL#"http://127.0.0.1:$REPO_PORT/"} ;;
    *) fail "REPO_URL must look like http://127.0.0.1:$REPO_PORT/<path>/ (is: $REPO_URL)" ;;
esac
mkdir -p "$STATE_DIR" "$LOG_DIR" "$RUN_DIR" "$(dirname "$PROXY_ACCESS_LOG")"

# Serialise concurrent runs. Long-lived daemons started below get `9>&-` so they do not hold it.
exec 9>"$RUN_DIR/provision.lock"
flock -w 1800 9 || fail "another provision.sh is still running (lock $RUN_DIR/provision.lock)"

# ---------------------------------------------------------------------------------------------
begin_step packages
missing=()
command -v dockerd >/dev/null 2>&1 || missing+=(docker.io)
command -v docker >/dev/null 2>&1 || missing+=(docker.io)
command -v debootstrap >/dev/null 2>&1 || missing+=(debootstrap)
[ -f /usr/share/keyrings/debian-archive-keyring.gpg ] || missing+=(debian-archive-keyring)
command -v nginx >/dev/null 2>&1 || missing+=(nginx)
command -v curl >/dev/null 2>&1 || missing+=(curl)
command -v openssl >/dev/null 2>&1 || missing+=(openssl)
command -v mvn >/dev/null 2>&1 || missing+=(maven)
command -v docker-registry >/dev/null 2>&1 || missing+=(docker-registry)
command -v htpasswd >/dev/null 2>&1 || missing+=(apache2-utils)
command -v gpg >/dev/null 2>&1 || missing+=(gnupg)
command -v podman >/dev/null 2>&1 || missing+=(podman)
command -v buildah >/dev/null 2>&1 || missing+=(buildah)
if [ ${#missing[@]} -eq 0 ]; then
    done_step 1/9 "all present"
else
    mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sort -u)
    # Keep the packages' init scripts from starting Debian's own docker/nginx services:
    # this script starts the daemons it needs itself.
    if [ ! -e /usr/sbin/policy-rc.d ]; then
        printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
        chmod 755 /usr/sbin/policy-rc.d
        POLICY_RC_CREATED=1
    fi
    { apt-get update -q && apt-get install -y -q --no-install-recommends "${missing[@]}"; } \
        >>"$LOG_DIR/apt.log" 2>&1 || { show_log "$LOG_DIR/apt.log"; fail "apt-get could not install: ${missing[*]}"; }
    if [ -n "$POLICY_RC_CREATED" ]; then rm -f /usr/sbin/policy-rc.d; POLICY_RC_CREATED=; fi
    for cmd in dockerd docker debootstrap nginx curl openssl mvn docker-registry htpasswd gpg podman buildah; do
        command -v "$cmd" >/dev/null 2>&1 || fail "'$cmd' is still missing after installing ${missing[*]}"
    done
    done_step 1/9 "installed ${missing[*]}"
fi

# ---------------------------------------------------------------------------------------------
begin_step docker
# Certificates for the engine's TLS endpoint: a CA, the engine's certificate (for 127.0.0.1), a client
# certificate of that CA in client/, and in rogue/ a client certificate of another CA, which the engine refuses.
# client/ and rogue/ are each what DOCKER_CERT_PATH names: ca.pem, cert.pem, key.pem.
new_cert() { # dir name ca-dir extension: key.pem + cert.pem in dir, signed by ca-dir's CA
    mkdir -p "$1"
    openssl req -new -newkey rsa:2048 -nodes -keyout "$1/key.pem" -out "$1/req.csr" -subj "/CN=$2" 2>/dev/null
    printf '%s\n' "$4" >"$1/ext.cnf"
    openssl x509 -req -in "$1/req.csr" -CA "$3/ca.pem" -CAkey "$3/ca-key.pem" -CAcreateserial \
        -out "$1/cert.pem" -days 3650 -extfile "$1/ext.cnf" 2>/dev/null
    rm -f "$1/req.csr" "$1/ext.cnf"
}
new_ca() { # dir name
    mkdir -p "$1"
    openssl req -x509 -newkey rsa:2048 -nodes -keyout "$1/ca-key.pem" -out "$1/ca.pem" -days 3650 \
        -subj "/CN=$2" 2>/dev/null
}
if [ ! -f "$DOCKER_TLS_DIR/rogue/cert.pem" ]; then
    rm -rf "$DOCKER_TLS_DIR"
    (
        umask 077
        new_ca "$DOCKER_TLS_DIR/ca" "offline-docker test CA"
        new_cert "$DOCKER_TLS_DIR/server" 127.0.0.1 "$DOCKER_TLS_DIR/ca" \
            $'subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth'
        new_cert "$DOCKER_TLS_DIR/client" offline-docker-it "$DOCKER_TLS_DIR/ca" 'extendedKeyUsage=clientAuth'
        cp "$DOCKER_TLS_DIR/ca/ca.pem" "$DOCKER_TLS_DIR/client/ca.pem"
        new_ca "$DOCKER_TLS_DIR/rogue-ca" "not the engine's CA"
        new_cert "$DOCKER_TLS_DIR/rogue" offline-docker-rogue "$DOCKER_TLS_DIR/rogue-ca" 'extendedKeyUsage=clientAuth'
        cp "$DOCKER_TLS_DIR/ca/ca.pem" "$DOCKER_TLS_DIR/rogue/ca.pem"
    ) || fail "openssl could not make the certificates in $DOCKER_TLS_DIR"
    chmod 755 "$DOCKER_TLS_DIR" "$DOCKER_TLS_DIR/client" "$DOCKER_TLS_DIR/rogue"
    chmod 644 "$DOCKER_TLS_DIR"/client/*.pem "$DOCKER_TLS_DIR"/rogue/*.pem
fi
DOCKER_TLS_URL=https://127.0.0.1:$DOCKER_TLS_PORT
tls_answers() {
    curl -s --max-time 5 --cacert "$DOCKER_TLS_DIR/client/ca.pem" --cert "$DOCKER_TLS_DIR/client/cert.pem" \
        --key "$DOCKER_TLS_DIR/client/key.pem" "$DOCKER_TLS_URL/_ping" 2>/dev/null | grep -qx OK
}
how=
if docker info >/dev/null 2>&1 && ! tls_answers; then
    # An engine without the TLS endpoint (started by hand, or by an older version of this script): restart it.
    pid=$(cat /var/run/docker.pid 2>/dev/null || true)
    [ -n "$pid" ] || fail "an engine answers on the socket, but /var/run/docker.pid names none to restart with TLS"
    kill "$pid"
    deadline=$((SECONDS + 60))
    while kill -0 "$pid" 2>/dev/null; do
        [ $SECONDS -lt $deadline ] || fail "dockerd (pid $pid) did not stop within 60 s"
        sleep 1
    done
    how="restarted dockerd with TLS on $DOCKER_TLS_URL; "
fi
if docker info >/dev/null 2>&1; then
    how="${how}already running"
else
    pid=$(cat /var/run/docker.pid 2>/dev/null || true)
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        how="${how}waited for dockerd pid $pid"
    else
        # Fully detached: own session, no terminal, none of this script's pipes or lock.
        setsid -f dockerd -H unix:///var/run/docker.sock -H "tcp://127.0.0.1:$DOCKER_TLS_PORT" --tlsverify \
            --tlscacert "$DOCKER_TLS_DIR/ca/ca.pem" --tlscert "$DOCKER_TLS_DIR/server/cert.pem" \
            --tlskey "$DOCKER_TLS_DIR/server/key.pem" </dev/null >>"$LOG_DIR/dockerd.log" 2>&1 9>&-
        how="${how}started dockerd (log $LOG_DIR/dockerd.log)"
    fi
    deadline=$((SECONDS + 60))
    until docker info >/dev/null 2>&1; do
        if [ $SECONDS -ge $deadline ]; then
            show_log "$LOG_DIR/dockerd.log"
            fail "the Docker engine did not answer 'docker info' within 60 s"
        fi
        sleep 1
    done
fi
tls_answers || { show_log "$LOG_DIR/dockerd.log"; fail "the engine does not answer on $DOCKER_TLS_URL with the client certificate"; }
versions=$(docker version --format '{{.Client.Version}} {{.Server.Version}} {{.Server.APIVersion}}' 2>&1) ||
    fail "the docker client cannot talk to the engine: $versions"
read -r client_version engine_version api_version <<<"$versions"
done_step 2/9 "$how; client $client_version, engine $engine_version (API $api_version), TLS on $DOCKER_TLS_URL"

# ---------------------------------------------------------------------------------------------
begin_step images

detect_mirror() {
    local f uri
    if [ -n "${DEBIAN_MIRROR:-}" ]; then printf '%s\n' "$DEBIAN_MIRROR"; return; fi
    # deb822 stanzas: Types has deb, Suites has $SUITE itself (not -security/-updates), Components main.
    for f in /etc/apt/sources.list.d/*.sources; do
        [ -f "$f" ] || continue
        uri=$(awk -v suite="$SUITE" '
            BEGIN { RS = ""; FS = "\n" }
            {
                types = ""; uris = ""; suites = ""; comps = ""; enabled = "yes"
                for (i = 1; i <= NF; i++) {
                    line = $i; key = tolower(line); sub(/:.*/, "", key); sub(/^[^:]*:[ \t]*/, "", line)
                    if (key == "types") types = " " line " "
                    else if (key == "uris") uris = line
                    else if (key == "suites") suites = " " line " "
                    else if (key == "components") comps = " " line " "
                    else if (key == "enabled") enabled = tolower(line)
                }
                gsub(/\t/, " ", types); gsub(/\t/, " ", suites); gsub(/\t/, " ", comps)
                if (enabled != "no" && index(types, " deb ") && index(suites, " " suite " ") && index(comps, " main ")) {
                    split(uris, u, /[ \t]+/); print u[1]; exit
                }
            }' "$f")
        if [ -n "$uri" ]; then printf '%s\n' "$uri"; return; fi
    done
    # One-line format: deb [options] URI SUITE COMPONENTS...
    for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
        [ -f "$f" ] || continue
        uri=$(sed -e 's/#.*//' -e 's/\[[^]]*\]//' "$f" | awk -v suite="$SUITE" '
            $1 == "deb" && $3 == suite { for (i = 4; i <= NF; i++) if ($i == "main") { print $2; exit } }')
        if [ -n "$uri" ]; then printf '%s\n' "$uri"; return; fi
    done
}

# Lays out Tomcat as the official tomcat images do, so that the plugin's defaults meet what users run:
# CATALINA_BASE /usr/local/tomcat with an empty webapps/, logs, temp and work writable by any user (the
# images run as a non-root user), conf/ from Debian's templates. Debian's tomcat10 package, which holds them,
# is not installed: its service scripts have no place in an image.
layout_tomcat() { # rootfs-dir: prints the image's docker import --change lines, one a line
    local dir=$1 deb base=/usr/local/tomcat unpacked
    deb=$(sed -n 's/^Filename: \(pool\/.*\/tomcat10_[^/]*_all\.deb\)$/\1/p' "$dir"/var/lib/apt/lists/*_Packages | head -n 1)
    [ -n "$deb" ] || { echo "tomcat10 is not in the mirror's package list" >&2; return 1; }
    unpacked=$(mktemp -d)
    curl -fsS -o "$unpacked/tomcat10.deb" "${MIRROR%/}/$deb"
    dpkg-deb -x "$unpacked/tomcat10.deb" "$unpacked/root"
    mkdir -p "$dir$base"/{conf,webapps,logs,temp,work}
    cp "$unpacked"/root/usr/share/tomcat10/etc/* "$dir$base/conf/"
    rm -rf "$unpacked"
    chmod -R a+rX "$dir$base"
    chmod 1777 "$dir$base"/{logs,temp,work}
    printf '%s\n' "ENV CATALINA_HOME=/usr/share/tomcat10" "ENV CATALINA_BASE=$base" "WORKDIR $base" \
        "EXPOSE 8080" 'CMD ["/usr/share/tomcat10/bin/catalina.sh", "run"]'
}

# Keeps of a minbase root only what a linked Java runtime needs, in the manner of distroless images: the files of
# Debian's C and C++ run-time libraries and zlib (no documentation), with an account for root and for the
# non-root 65532 the plugin runs as, and /tmp. No shell, no package manager: no RUN works on it.
layout_cc() { # rootfs-dir: prints no import settings
    local dir=$1 kept pkg list candidate
    kept=$(mktemp -d "$dir.cc.XXXXXX")
    for pkg in base-files libc6 libgcc-s1 libstdc++6 zlib1g; do
        list=
        for candidate in "$dir/var/lib/dpkg/info/$pkg.list" "$dir/var/lib/dpkg/info/$pkg:"*.list; do
            [ -e "$candidate" ] && list=$candidate
        done
        [ -n "$list" ] || { echo "$pkg is not installed in $dir" >&2; return 1; }
        cat "$list"
    done | grep -vE '^/usr/share/(doc|man|lintian|locale|info)(/|$)' |
        # Debian's lists name the paths before /usr was merged, which are links into /usr now.
        sed -E 's#^/(bin|sbin|lib|lib32|lib64|libx32)(/|$)#/usr/\1\2#; s#^/#./#' | sort -u |
        tar -C "$dir" --no-recursion --numeric-owner -c -T - bin sbin lib lib64 | tar -C "$kept" -x
    mkdir -p "$kept/etc" "$kept/tmp" "$kept/home/nonroot"
    chmod 1777 "$kept/tmp"
    chown 65532:65532 "$kept/home/nonroot"
    printf '%s\n' 'root:x:0:0:root:/root:/sbin/nologin' 'nonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin' \
        >"$kept/etc/passwd"
    printf '%s\n' 'root:x:0:' 'nonroot:x:65532:' >"$kept/etc/group"
    printf '%s\n' 'passwd: files' 'group: files' 'hosts: files dns' >"$kept/etc/nsswitch.conf"
    for file in usr/lib64/ld-linux-x86-64.so.2 usr/lib/x86_64-linux-gnu/libc.so.6 \
        usr/lib/x86_64-linux-gnu/libstdc++.so.6 usr/lib/x86_64-linux-gnu/libz.so.1; do
        [ -e "$kept/$file" ] || { echo "$file is missing from the cc root" >&2; return 1; }
    done
    find "$dir" -mindepth 1 -maxdepth 1 -exec rm -rf --one-file-system {} +
    (cd "$kept" && tar -c .) | tar -C "$dir" -x
    rm -rf "$kept"
}

# Builds one image: debootstrap minbase + packages (comma-separated; none for no Java), an optional layout step
# that may print the image's own settings (docker import --change lines), import, check `java`, then tag.
build_image() { # image packages rootfs-dir [layout-function]
    local image=$1 packages=$2 dir=$3 layout=${4:-} candidate java_home candidate_home line
    local changes=(--change "ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
        --change "ENV LANG=C.UTF-8")
    candidate="$image-candidate"
    case "$image" in *:*) ;; *) candidate="$image:candidate" ;; esac
    docker rmi "$candidate" >/dev/null 2>&1 || true   # left over by an interrupted run
    debootstrap --variant=minbase ${packages:+--include="$packages"} "$SUITE" "$dir" "$MIRROR"
    unmount_below "$dir"
    if [ -n "$packages" ]; then
        java_home=
        for candidate_home in "$dir"/usr/lib/jvm/java-17-openjdk-*; do
            if [ -x "$candidate_home/bin/java" ]; then java_home=${candidate_home#"$dir/"}; break; fi
        done
        if [ -z "$java_home" ]; then echo "no JDK 17 under $dir/usr/lib/jvm" >&2; return 1; fi
        changes+=(--change "ENV JAVA_HOME=/$java_home")
    fi
    if [ -n "$layout" ]; then
        local settings
        settings=$("$layout" "$dir")
        while IFS= read -r line; do [ -z "$line" ] || changes+=(--change "$line"); done <<<"$settings"
    else
        changes+=(--change 'CMD ["/bin/bash"]')
    fi
    # Smaller image: no downloaded .debs, no package lists (the images are used offline).
    if [ -d "$dir/var/lib/apt" ]; then
        rm -rf "$dir"/var/cache/apt/archives/*.deb "$dir"/var/lib/apt/lists/*
        mkdir -p "$dir/var/lib/apt/lists/partial"
    fi
    tar --numeric-owner -C "$dir" -c . |
        docker import "${changes[@]}" --message "debootstrap $SUITE minbase${packages:+ + $packages}" - "$candidate"
    if [ ! -e "$dir/bin/sh" ]; then
        # No shell to check with: the C library's loader runs alone (it prints its help and exits 0).
        docker run --rm --network none "$candidate" /usr/lib64/ld-linux-x86-64.so.2 --help >/dev/null
    elif [ -n "$packages" ]; then
        docker run --rm --network none "$candidate" java -version
    else
        if docker run --rm --network none "$candidate" /bin/sh -c 'command -v java'; then
            echo "$image is to have no Java, but has one" >&2; return 1
        fi
    fi
    [ ! -e "$dir/bin/sh" ] ||
        docker run --rm --network none "$candidate" /bin/sh -c 'ls / >/dev/null && cat /etc/debian_version && echo "JAVA_HOME=$JAVA_HOME"'
    case "$packages" in *-jdk-*) docker run --rm --network none "$candidate" javac -version ;; esac
    case "$layout" in layout_tomcat) docker run --rm --network none "$candidate" /usr/share/tomcat10/bin/version.sh ;; esac
    docker tag "$candidate" "$image"
    docker rmi "$candidate" >/dev/null
}

todo=()
docker image inspect "$BUILDER_IMAGE" >/dev/null 2>&1 || todo+=("$BUILDER_IMAGE=openjdk-17-jdk-headless=jdk")
docker image inspect "$RUNTIME_IMAGE" >/dev/null 2>&1 || todo+=("$RUNTIME_IMAGE=openjdk-17-jre-headless=jre")
docker image inspect "$TOMCAT_IMAGE" >/dev/null 2>&1 ||
    todo+=("$TOMCAT_IMAGE=openjdk-17-jre-headless,tomcat10-common=tomcat=layout_tomcat")
docker image inspect "$MINBASE_IMAGE" >/dev/null 2>&1 || todo+=("$MINBASE_IMAGE==minbase")
docker image inspect "$CC_IMAGE" >/dev/null 2>&1 || todo+=("$CC_IMAGE==cc=layout_cc")
if [ ${#todo[@]} -eq 0 ]; then
    done_step 3/9 "$BUILDER_IMAGE, $RUNTIME_IMAGE, $TOMCAT_IMAGE, $MINBASE_IMAGE and $CC_IMAGE present"
else
    MIRROR=$(detect_mirror)
    case "$MIRROR" in
        http://*|https://*) ;;
        *) fail "no http(s) Debian mirror for '$SUITE main' found in /etc/apt/sources.list{,.d/} (set DEBIAN_MIRROR=...)" ;;
    esac
    build_root=$(mktemp -d /var/tmp/offline-docker-test-images.XXXXXX)
    CLEANUP_PATHS+=("$build_root")
    # The images are built at once: debootstrap mostly waits on downloads and dpkg.
    pids=() names=()
    for item in "${todo[@]}"; do
        IFS="=" read -r image package short layout <<<"$item"
        log="$LOG_DIR/image-$short.log"
        : >"$log"
        ( build_image "$image" "$package" "$build_root/$short" "$layout" ) >>"$log" 2>&1 &
        pids+=("$!"); names+=("$image|$log")
    done
    failed=()
    for i in "${!pids[@]}"; do
        wait "${pids[$i]}" || failed+=("${names[$i]}")
    done
    unmount_below "$build_root"
    rm -rf --one-file-system "$build_root"
    if [ ${#failed[@]} -gt 0 ]; then
        for f in "${failed[@]}"; do show_log "${f#*|}"; done
        fail "could not build image(s): ${failed[*]%%|*} (mirror $MIRROR)"
    fi
    built=$(printf '%s\n' "${todo[@]}" | cut -d= -f1 | paste -sd ' ')
    done_step 3/9 "built $built from $MIRROR"
fi

# ---------------------------------------------------------------------------------------------
begin_step repository
mkdir -p "$NGINX_DIR"/tmp/{client_body,proxy,fastcgi,uwsgi,scgi} "$REPO_ROOT$REPO_PATH"
chmod 700 "$NGINX_DIR"

# htpasswd: rewritten only when user or password changed (apr1 salts are random).
htpasswd_current() {
    local line user hash salt
    [ -f "$NGINX_DIR/htpasswd" ] || return 1
    line=$(head -n 1 "$NGINX_DIR/htpasswd")
    user=${line%%:*}
    hash=${line#*:}
    [ "$user" = "$REPO_USERNAME" ] || return 1
    salt=$(cut -d '$' -f 3 <<<"$hash")
    [ -n "$salt" ] || return 1
    [ "$(printf '%s\n' "$REPO_PASSWORD" | openssl passwd -apr1 -salt "$salt" -stdin)" = "$hash" ]
}
if ! htpasswd_current; then
    hash=$(printf '%s\n' "$REPO_PASSWORD" | openssl passwd -apr1 -stdin)
    (umask 077 && printf '%s:%s\n' "$REPO_USERNAME" "$hash" >"$NGINX_DIR/htpasswd.new")
    mv -f "$NGINX_DIR/htpasswd.new" "$NGINX_DIR/htpasswd"
fi

proxy_login_base64=$(printf '%s:%s' "$PROXY_USERNAME" "$PROXY_PASSWORD" | base64 -w0)
sed -e "s|@REPO_PORT@|$REPO_PORT|g" \
    -e "s|@PROXY_PORT@|$PROXY_PORT|g" \
    -e "s|@PROXY_LOGIN_BASE64@|$proxy_login_base64|g" \
    -e "s|@PROXY_ACCESS_LOG@|$PROXY_ACCESS_LOG|g" \
    -e "s|@REPO_PATH@|$REPO_PATH|g" \
    -e "s|@REPO_ROOT@|$REPO_ROOT|g" \
    -e "s|@NGINX_DIR@|$NGINX_DIR|g" \
    -e "s|@LOG_DIR@|$LOG_DIR|g" \
    -e "s|@RUN_DIR@|$RUN_DIR|g" \
    "$HERE/nginx.conf.template" >"$NGINX_DIR/nginx.conf.new"
config_changed=
if ! cmp -s "$NGINX_DIR/nginx.conf.new" "$NGINX_DIR/nginx.conf"; then
    mv -f "$NGINX_DIR/nginx.conf.new" "$NGINX_DIR/nginx.conf"
    config_changed=1
else
    rm -f "$NGINX_DIR/nginx.conf.new"
fi
nginx_cmd=(nginx -p "$NGINX_DIR/" -e "$LOG_DIR/nginx-error.log" -c "$NGINX_DIR/nginx.conf")
nginx_test() {
    local out
    out=$("${nginx_cmd[@]}" -t -q 2>&1) || fail "invalid nginx configuration $NGINX_DIR/nginx.conf: $out"
}
nginx_pid() { daemon_pid "$RUN_DIR/nginx.pid" nginx; } # our nginx master, if it runs
port_answers() { [ "$(http_status "http://127.0.0.1:$REPO_PORT/")" != 000 ]; }

if pid=$(nginx_pid); then
    if [ -n "$config_changed" ]; then
        nginx_test
        "${nginx_cmd[@]}" -s reload 9>&-
        sleep 1
        how="configuration changed, reloaded nginx (pid $pid)"
    else
        how="nginx already running (pid $pid)"
    fi
else
    if port_answers; then
        fail "127.0.0.1:$REPO_PORT is taken by another process (see: ss -ltnp 'sport = :$REPO_PORT')"
    fi
    nginx_test
    setsid -f "${nginx_cmd[@]}" </dev/null >>"$LOG_DIR/nginx-error.log" 2>&1 9>&-
    pid=$(await_daemon nginx nginx_pid "http://127.0.0.1:$REPO_PORT/" "$LOG_DIR/nginx-error.log")
    how="started nginx (pid $pid)"
fi
anonymous=$(http_status "$REPO_URL")
[ "$anonymous" = 401 ] || { show_log "$LOG_DIR/nginx-error.log"; fail "anonymous GET $REPO_URL gave HTTP $anonymous, expected 401"; }
missing_status=$(http_status auth "${REPO_URL}offline-docker-test/provision-check/1/missing.pom")
[ "$missing_status" = 404 ] || { show_log "$LOG_DIR/nginx-error.log"; fail "authenticated GET of a missing file gave HTTP $missing_status, expected 404"; }
# The forward proxy: 407 without its login; with it, a request for any host reaches the repository.
proxy_status() { # [login] -> the status of a GET through the proxy of a URL whose host does not exist
    local login=()
    [ "${1:-}" = login ] && login=(--proxy-user "$PROXY_USERNAME:$PROXY_PASSWORD")
    curl -s -o /dev/null -w '%{http_code}' --max-time 10 -x "http://127.0.0.1:$PROXY_PORT" "${login[@]}" \
        http://proxied-repo.invalid/ || true
}
proxy_anonymous=$(proxy_status)
[ "$proxy_anonymous" = 407 ] || { show_log "$LOG_DIR/nginx-error.log"; fail "a GET through the proxy on 127.0.0.1:$PROXY_PORT without its login gave HTTP $proxy_anonymous, expected 407"; }
proxy_login=$(proxy_status login)
[ "$proxy_login" = 401 ] || { show_log "$LOG_DIR/nginx-error.log"; fail "a GET through the proxy on 127.0.0.1:$PROXY_PORT with its login gave HTTP $proxy_login, expected the repository's 401"; }
done_step 4/9 "$how at $REPO_URL (anonymous 401, authenticated missing 404); proxy 127.0.0.1:$PROXY_PORT (407, with its login the repository's 401)"

# ---------------------------------------------------------------------------------------------
begin_step deploy
jar_url="$REPO_URL$MATH_UTILS_JAR_PATH"
if [ "$(http_status auth "$jar_url")" = 200 ]; then
    done_step 5/9 "$MATH_UTILS_GAV already in the repository"
else
    work=$(mktemp -d /var/tmp/offline-docker-test-deploy.XXXXXX)
    CLEANUP_PATHS+=("$work")
    # Build a copy, so the checkout gets no target/; a throwaway local repository, so ~/.m2
    # never holds math-utils; credentials only in this temporary settings file.
    mkdir "$work/project" "$work/m2"
    tar -C "$ROOT/examples/math-utils" --exclude=./target -c . | tar -C "$work/project" -x
    (umask 077 && cat >"$work/settings.xml" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.2.0 https://maven.apache.org/xsd/settings-1.2.0.xsd">
  <servers>
    <server>
      <id>$(xml_escape "$REPO_ID")</id>
      <username>$(xml_escape "$REPO_USERNAME")</username>
      <password>$(xml_escape "$REPO_PASSWORD")</password>
    </server>
  </servers>
</settings>
EOF
    )
    log="$LOG_DIR/deploy-math-utils.log"
    : >"$log"
    (cd "$work/project" && mvn -B -q -Dstyle.color=never -s "$work/settings.xml" -Dmaven.repo.local="$work/m2" \
        -Dprivate.repo.url="$REPO_URL" deploy) >>"$log" 2>&1 ||
        { show_log "$log"; fail "mvn deploy of examples/math-utils failed (log $log)"; }
    status=$(http_status auth "$jar_url")
    [ "$status" = 200 ] || fail "after deploy, GET $jar_url gave HTTP $status, expected 200"
    unmount_below "$work"
    rm -rf --one-file-system "$work"
    done_step 5/9 "deployed $MATH_UTILS_GAV"
fi

# ---------------------------------------------------------------------------------------------
begin_step registry
REGISTRY_DIR=$STATE_DIR/registry
REGISTRY_URL=http://127.0.0.1:$REGISTRY_PORT/v2/
mkdir -p "$REGISTRY_DIR/data"
# bcrypt, the only scheme the registry's htpasswd auth takes; rewritten only when the password changed.
if ! htpasswd -vb "$REGISTRY_DIR/htpasswd" "$REGISTRY_USERNAME" "$REGISTRY_PASSWORD" >/dev/null 2>&1; then
    (umask 077 && htpasswd -Bbn "$REGISTRY_USERNAME" "$REGISTRY_PASSWORD" >"$REGISTRY_DIR/htpasswd.new")
    mv -f "$REGISTRY_DIR/htpasswd.new" "$REGISTRY_DIR/htpasswd"
fi
printf '%s\n' \
    'version: 0.1' \
    'log:' \
    '  level: warn' \
    'storage:' \
    '  filesystem:' \
    "    rootdirectory: $REGISTRY_DIR/data" \
    '  delete:' \
    '    enabled: true' \
    'http:' \
    "  addr: 127.0.0.1:$REGISTRY_PORT" \
    'auth:' \
    '  htpasswd:' \
    '    realm: offline-docker-test' \
    "    path: $REGISTRY_DIR/htpasswd" >"$REGISTRY_DIR/config.yml.new"
registry_changed=
if ! cmp -s "$REGISTRY_DIR/config.yml.new" "$REGISTRY_DIR/config.yml"; then
    mv -f "$REGISTRY_DIR/config.yml.new" "$REGISTRY_DIR/config.yml"
    registry_changed=1
else
    rm -f "$REGISTRY_DIR/config.yml.new"
fi
registry_pid() { daemon_pid "$RUN_DIR/registry.pid" docker-registry; } # our registry, if it runs
if [ -n "$registry_changed" ] && pid=$(registry_pid); then
    kill "$pid"
    sleep 1
fi
if pid=$(registry_pid); then
    how="registry already running (pid $pid)"
else
    [ "$(http_status "$REGISTRY_URL")" = 000 ] ||
        fail "127.0.0.1:$REGISTRY_PORT is taken by another process (see: ss -ltnp 'sport = :$REGISTRY_PORT')"
    # The shell writes its pid, then becomes the registry: the pid file names the registry itself.
    setsid -f sh -c 'echo $$ >"$1" && exec docker-registry serve "$2"' registry "$RUN_DIR/registry.pid" \
        "$REGISTRY_DIR/config.yml" </dev/null >>"$LOG_DIR/registry.log" 2>&1 9>&-
    pid=$(await_daemon docker-registry registry_pid "$REGISTRY_URL" "$LOG_DIR/registry.log")
    how="started docker-registry (pid $pid)"
fi
anonymous=$(http_status "$REGISTRY_URL")
[ "$anonymous" = 401 ] || { show_log "$LOG_DIR/registry.log"; fail "anonymous GET $REGISTRY_URL gave HTTP $anonymous, expected 401"; }
authenticated=$(printf 'user = "%s:%s"\n' "$REGISTRY_USERNAME" "$REGISTRY_PASSWORD" |
    curl -K - -s -o /dev/null -w '%{http_code}' --max-time 10 "$REGISTRY_URL" || true)
[ "$authenticated" = 200 ] || { show_log "$LOG_DIR/registry.log"; fail "authenticated GET $REGISTRY_URL gave HTTP $authenticated, expected 200"; }

# The helper's store: a gpg key of its own without passphrase, a pass store encrypted to it, and a Docker
# configuration that names the helper for localhost:$REGISTRY_PORT (settings.xml of the ITs has a <server> for
# 127.0.0.1:$REGISTRY_PORT only, so that this host name's login can come from nowhere but the helper).
helper_root=$CREDENTIAL_HELPER_DIR/root
if [ ! -x "$helper_root/usr/bin/docker-credential-pass" ] || [ ! -x "$helper_root/usr/bin/pass" ]; then
    debs=$(mktemp -d)
    CLEANUP_PATHS+=("$debs")
    (cd "$debs" && apt-get download golang-docker-credential-helpers pass) >>"$LOG_DIR/credential-helper.log" 2>&1 ||
        { show_log "$LOG_DIR/credential-helper.log"; fail "apt-get could not download golang-docker-credential-helpers and pass"; }
    mkdir -p "$helper_root"
    for deb in "$debs"/*.deb; do dpkg-deb -x "$deb" "$helper_root"; done
fi
helper_env=(env PATH="$helper_root/usr/bin:$PATH" GNUPGHOME="$CREDENTIAL_HELPER_DIR/gnupg"
    PASSWORD_STORE_DIR="$CREDENTIAL_HELPER_DIR/password-store" DOCKER_CONFIG="$CREDENTIAL_HELPER_DIR/docker-config")
helper_registry=localhost:$REGISTRY_PORT
mkdir -p "$CREDENTIAL_HELPER_DIR/docker-config"
(umask 077 && mkdir -p "$CREDENTIAL_HELPER_DIR/gnupg")
if ! "${helper_env[@]}" gpg --batch --list-secret-keys offline-docker-test >/dev/null 2>&1; then
    "${helper_env[@]}" gpg --batch --passphrase '' --quick-gen-key offline-docker-test default default never \
        >>"$LOG_DIR/credential-helper.log" 2>&1 || { show_log "$LOG_DIR/credential-helper.log"; fail "gpg could not make the helper's key"; }
fi
if [ ! -f "$CREDENTIAL_HELPER_DIR/password-store/.gpg-id" ]; then
    "${helper_env[@]}" pass init offline-docker-test >>"$LOG_DIR/credential-helper.log" 2>&1 ||
        { show_log "$LOG_DIR/credential-helper.log"; fail "pass init failed"; }
fi
printf '{"credHelpers": {"%s": "pass"}}\n' "$helper_registry" >"$CREDENTIAL_HELPER_DIR/docker-config/config.json"
if ! "${helper_env[@]}" docker-credential-pass get <<<"$helper_registry" 2>/dev/null | grep -qF "\"Secret\":\"$REGISTRY_PASSWORD\""; then
    printf '{"ServerURL": "%s", "Username": "%s", "Secret": "%s"}' "$helper_registry" "$REGISTRY_USERNAME" \
        "$REGISTRY_PASSWORD" | "${helper_env[@]}" docker-credential-pass store >>"$LOG_DIR/credential-helper.log" 2>&1 ||
        { show_log "$LOG_DIR/credential-helper.log"; fail "docker-credential-pass could not store the login for $helper_registry"; }
fi
private_base=${PRIVATE_BASE_IMAGE#*/}
manifest=$(printf 'user = "%s:%s"\n' "$REGISTRY_USERNAME" "$REGISTRY_PASSWORD" |
    curl -K - -s -o /dev/null -w '%{http_code}' --max-time 10 \
        -H 'Accept: application/vnd.docker.distribution.manifest.v2+json' \
        "http://127.0.0.1:$REGISTRY_PORT/v2/${private_base%:*}/manifests/${private_base##*:}" || true)
if [ "$manifest" != 200 ]; then
    # Docker's own CLI pushes it with the helper's login: the helper's store works as Docker uses it.
    docker tag "$RUNTIME_IMAGE" "$PRIVATE_BASE_IMAGE"
    "${helper_env[@]}" docker push "$PRIVATE_BASE_IMAGE" >>"$LOG_DIR/credential-helper.log" 2>&1 ||
        { show_log "$LOG_DIR/credential-helper.log"; fail "docker push $PRIVATE_BASE_IMAGE with the helper's login failed"; }
    docker rmi "$PRIVATE_BASE_IMAGE" >/dev/null
    how="$how; pushed $PRIVATE_BASE_IMAGE with docker-credential-pass's login"
fi
done_step 6/9 "$how at 127.0.0.1:$REGISTRY_PORT (anonymous 401, authenticated 200); $PRIVATE_BASE_IMAGE behind docker-credential-pass's login"

# ---------------------------------------------------------------------------------------------
begin_step tiny-fs
# A filesystem that fills up at once, for the disk-full ITs; tmpfs, so it is gone after a reboot.
mkdir -p "$TINY_FS"
if mountpoint -q "$TINY_FS"; then
    how="already mounted"
else
    mount -t tmpfs -o size=4m,mode=1777 offline-docker-tiny-fs "$TINY_FS" || fail "could not mount a tmpfs at $TINY_FS"
    how="mounted"
fi
done_step 7/9 "$how at $TINY_FS ($(df -h --output=size "$TINY_FS" | tail -n 1 | tr -d ' '))"

# ---------------------------------------------------------------------------------------------
begin_step podman
podman_socket=${PODMAN_HOST#unix://}
mkdir -p /etc/containers/registries.conf.d "$(dirname "$podman_socket")"
printf '[[registry]]\nlocation = "127.0.0.1:%s"\ninsecure = true\n' "$REGISTRY_PORT" \
    >/etc/containers/registries.conf.d/offline-docker-test.conf.new
podman_changed=
if ! cmp -s /etc/containers/registries.conf.d/offline-docker-test.conf.new /etc/containers/registries.conf.d/offline-docker-test.conf; then
    mv -f /etc/containers/registries.conf.d/offline-docker-test.conf.new /etc/containers/registries.conf.d/offline-docker-test.conf
    podman_changed=1
else
    rm -f /etc/containers/registries.conf.d/offline-docker-test.conf.new
fi
podman_pid() { daemon_pid "$RUN_DIR/podman.pid" podman; } # our Podman service, if it runs
podman_answers() { curl -s --max-time 5 --unix-socket "$podman_socket" http://podman/_ping 2>/dev/null | grep -q OK; }
if [ -n "$podman_changed" ] && pid=$(podman_pid); then
    kill "$pid"
    sleep 1
fi
if pid=$(podman_pid) && podman_answers; then
    how="Podman's service already running (pid $pid)"
else
    rm -f "$podman_socket"
    setsid -f sh -c 'echo $$ >"$1" && exec podman system service --time=0 "unix://$2"' podman "$RUN_DIR/podman.pid" \
        "$podman_socket" </dev/null >>"$LOG_DIR/podman.log" 2>&1 9>&-
    for _ in $(seq 100); do podman_answers && break; sleep 0.1; done
    podman_answers || { show_log "$LOG_DIR/podman.log"; fail "Podman's service does not answer on $PODMAN_HOST"; }
    how="started Podman's service (pid $(podman_pid))"
fi
copied=()
for image in "$BUILDER_IMAGE" "$RUNTIME_IMAGE"; do
    if ! podman image exists "$image"; then
        docker save "$image" | podman load >>"$LOG_DIR/podman.log" 2>&1 || { show_log "$LOG_DIR/podman.log"; fail "could not copy $image into Podman's store"; }
        copied+=("$image")
    fi
done
done_step 8/9 "$how on $PODMAN_HOST, Podman $(podman version --format '{{.Server.Version}}' 2>/dev/null || podman --version), $(buildah --version | cut -d' ' -f1-3)${copied[*]:+; copied ${copied[*]}}"

# ---------------------------------------------------------------------------------------------
begin_step summary
image_line() {
    docker image inspect --format '{{.Id}} {{.Size}}' "$1" |
        awk -v n="$1" '{ printf "%s %s %.0f MB", n, substr($1, 8, 12), $2 / 1000000 }'
}
done_step 9/9 "ready in $((SECONDS - START))s"
say "  docker:     client $client_version -> engine $engine_version (API $api_version); log $LOG_DIR/dockerd.log"
say "  images:     $(image_line "$BUILDER_IMAGE"); $(image_line "$RUNTIME_IMAGE"); $(image_line "$TOMCAT_IMAGE"); $(image_line "$MINBASE_IMAGE"); $(image_line "$CC_IMAGE")"
say "  repository: $REPO_URL (id $REPO_ID, user $REPO_USERNAME), nginx pid $(nginx_pid), data $REPO_ROOT$REPO_PATH"
say "  artifact:   $MATH_UTILS_GAV at $jar_url"
say "  registry:   127.0.0.1:$REGISTRY_PORT (user $REGISTRY_USERNAME), pid $(registry_pid), data $REGISTRY_DIR/data"
# A whole test run takes about 8 GB (images, the ITs' projects and local repository); short of that, the last
# ITs fail on a full disk, far from the cause.
free_gb=$(df --output=avail -BG /var/lib/docker | tail -1 | tr -dc 0-9)
say "  disk:       ${free_gb} GB free for /var/lib/docker$([ "$free_gb" -ge 8 ] || echo '; WARNING: a test run needs about 8 GB')"
