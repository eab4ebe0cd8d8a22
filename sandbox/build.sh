#!/usr/bin/env bash
# Builds the sandbox control plane from Go modules: kube-apiserver, kube-controller-manager,
# kube-scheduler (one `go build`, so shared packages compile once), kubectl, etcd, kwok and kwokctl,
# and the Gateway API CRDs (copied from their Go module).
# Binaries are cached per machine under $KUBEXPLAIN_CACHE_DIR (default ~/.cache/kubexplain), keyed
# by component version and Go version, so a warm run builds nothing. Each group is built into a
# temporary directory and renamed into place only when complete: an interrupted build leaves no
# half-written cache entry.
#
# Prints progress on stderr; prints the binary directory of each component on stdout as
# NAME=PATH lines (used by sandbox/up).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=versions.env
. "$here/versions.env"

export GOTOOLCHAIN=local CGO_ENABLED=0
gover=$(go env GOVERSION)
cache=${KUBEXPLAIN_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/kubexplain}
logs=$cache/logs
mkdir -p "$cache" "$logs"

tmp=""
building=""
cleanup() { if [ -n "$tmp" ]; then rm -rf "$tmp"; fi; }
# The running build is stopped and waited for before the temporary directory goes, so nothing of it
# outlives the script (a signal may reach the script alone, e.g. from `timeout` or `kill`).
interrupted() {
  if [ -n "$building" ]; then
    kill -INT "$building" 2>/dev/null || true
    wait "$building" 2>/dev/null || true
  fi
  echo "sandbox build: interrupted; nothing partial was cached" >&2
  exit 130
}
trap cleanup EXIT
trap interrupted INT TERM

say() { printf '%s\n' "$*" >&2; }

# run_build NAME LOG CMD...: runs a build with a progress line every 20 s (elapsed time and
# packages compiled so far, counted from `go build -v` output in the log).
run_build() {
  local name=$1 log=$2; shift 2
  local start=$SECONDS
  # SIGINT and SIGQUIT back to their defaults: a background job of a non-interactive script ignores
  # them, and go would build on into the removed temporary directory after Ctrl-C.
  (
    trap - INT QUIT
    exec "$@"
  ) >"$log" 2>&1 &
  building=$!
  local pid=$building
  while kill -0 "$pid" 2>/dev/null; do
    for _ in $(seq 20); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    if kill -0 "$pid" 2>/dev/null; then
      say "  ... $name: $((SECONDS - start))s, $(grep -vc '^go: ' "$log" || true) packages compiled"
    fi
  done
  building=""
  if ! wait "$pid"; then
    say "sandbox build: $name failed after $((SECONDS - start))s. Log: $log"
    tail -n 20 "$log" >&2
    exit 1
  fi
  say "  $name built in $((SECONDS - start))s"
}

# ensure GROUP VERSION BUILD_FN: builds into $cache/GROUP-VERSION-GOVERSION unless present.
ensure() {
  local group=$1 version=$2 fn=$3
  local dest=$cache/$group-$version-$gover
  if [ -f "$dest/.complete" ]; then
    say "sandbox build: $group $version cached ($dest)"
  else
    say "sandbox build: building $group $version with $gover (first run only; cold builds take tens of minutes on 2 cores)"
    tmp=$(mktemp -d "$cache/.tmp-$group-XXXXXX")
    "$fn" "$tmp" "$version"
    touch "$tmp/.complete"
    rm -rf "$dest"
    mv "$tmp" "$dest"
    tmp=""
  fi
  printf '%s=%s\n' "$group" "$dest"
}

# Stamps the version, or the servers and kubectl report v0.0.0 and skew checks misfire.
k8s_ldflags() {
  local v=$1 minor ld="-s -w"
  minor=$(echo "$v" | cut -d. -f2)
  for p in k8s.io/component-base/version k8s.io/client-go/pkg/version; do
    ld="$ld -X $p.gitVersion=$v -X $p.gitMajor=1 -X $p.gitMinor=$minor -X $p.gitTreeState=clean"
  done
  echo "$ld"
}

build_kubernetes() {
  local out=$1 v=$2 ld
  ld=$(k8s_ldflags "$v")
  (cd "$here/go/kubernetes" && run_build "kube-apiserver, kube-controller-manager, kube-scheduler" \
    "$logs/build-kubernetes.log" \
    go build -v -ldflags "$ld" -o "$out/" \
      k8s.io/kubernetes/cmd/kube-apiserver \
      k8s.io/kubernetes/cmd/kube-controller-manager \
      k8s.io/kubernetes/cmd/kube-scheduler)
}

# kubectl at the server's version, so the sandbox needs no kubectl on the machine and sees no skew.
build_kubectl() {
  local out=$1 v=$2 ld
  ld=$(k8s_ldflags "$v")
  (cd "$here/go/kubernetes" && run_build kubectl "$logs/build-kubectl.log" \
    go build -v -ldflags "$ld" -o "$out/" k8s.io/kubernetes/cmd/kubectl)
}

build_etcd() {
  local out=$1 v=$2
  (cd "$here/go/etcd" && run_build etcd "$logs/build-etcd.log" \
    go build -v -ldflags "-s -w" -o "$out/etcd" go.etcd.io/etcd/server/v3)
}

build_kwok() {
  local out=$1 v=$2
  local ld="-s -w -X sigs.k8s.io/kwok/pkg/consts.Version=$v"
  run_build "kwok, kwokctl" "$logs/build-kwok.log" \
    env GOBIN="$out" go install -v -ldflags "$ld" \
      "sigs.k8s.io/kwok/cmd/kwok@$v" "sigs.k8s.io/kwok/cmd/kwokctl@$v"
}

# No build: the Gateway API CRDs are YAML files inside the Go module; `go mod download` fetches the
# module through the proxy (and its checksum database) and the standard channel is copied out.
fetch_gateway_api() {
  local out=$1 v=$2 dir
  dir=$(cd "$out" && go mod download -json "sigs.k8s.io/gateway-api@$v" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
  if [ -z "$dir" ] || [ ! -d "$dir/config/crd/standard" ]; then
    say "sandbox build: sigs.k8s.io/gateway-api@$v has no config/crd/standard"
    exit 1
  fi
  # The CRDs only; the ValidatingAdmissionPolicy beside them guards upgrades of a real install.
  find "$dir/config/crd/standard" -name 'gateway.networking.k8s.io_*.yaml' ! -name '*_vap_*' -exec cp {} "$out/" \;
  chmod u+w "$out"/*.yaml
  say "  gateway-api $v CRDs: $(ls "$out" | wc -l) files"
}

command -v go >/dev/null || { say "sandbox build: go is not installed (need Go >= 1.26)"; exit 1; }
ensure kwok "$KWOK_VERSION" build_kwok
ensure etcd "$ETCD_VERSION" build_etcd
ensure kubernetes "$KUBERNETES_VERSION" build_kubernetes
ensure kubectl "$KUBERNETES_VERSION" build_kubectl
ensure gateway-api "$GATEWAY_API_VERSION" fetch_gateway_api
