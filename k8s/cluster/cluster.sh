#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# The project's single-node Kubernetes, for machines where kind cannot pull its node image. Processes of this
# machine: etcd, the API server, controller manager and scheduler, a kubelet on containerd with a bridge CNI,
# kube-proxy, kube-router (enforcing NetworkPolicy) and Traefik (the ingress controller); CoreDNS runs as the
# cluster DNS pod. Binaries from k8s/cluster/build.sh; containerd, runc, ipset and the CNI plugins from
# Debian. Needs root, like any kubelet.
#
# Usage: k8s/cluster/cluster.sh up [--control-plane-only]   start (or reuse) the cluster; prints the kubeconfig
#        k8s/cluster/cluster.sh load-images <image>...      copy images from the Docker engine into the node
#        k8s/cluster/cluster.sh down                        stop everything and remove its state
#        k8s/cluster/cluster.sh status                      what runs
# State, logs and the kubeconfig live in EMPORIUM_CACHE (default ~/.cache/emporium)/cluster.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
# shellcheck source=lib/pki.sh
source "$here/lib/pki.sh"
# shellcheck source=lib/configs.sh
source "$here/lib/configs.sh"

BIN="${EMPORIUM_CLUSTER_BIN:-$repo/.tools/cluster/bin}"
STATE="${EMPORIUM_CACHE:-$HOME/.cache/emporium}/cluster"
RUN=/run/emporium-cluster
PKI="$STATE/pki"
LOGS="$STATE/logs"
KUBECONFIG_FILE="$STATE/kubeconfig"
CNI_BIN="${CNI_BIN:-/usr/lib/cni}"
# The node's address: an address of its own on the loopback device, the same on every machine.
NODE_IP=10.250.0.1
NODE_NAME=emporium-node
# The node's pod range: the first /24 the controller manager allocates from the cluster's range.
CLUSTER_CIDR=10.244.0.0/16
POD_CIDR=10.244.0.0/24
SERVICE_CIDR=10.96.0.0/16
SERVICE_IP=10.96.0.1
CLUSTER_DNS=10.96.0.10
CNI_BRIDGE=emporium0
PAUSE_IMAGE=emporium.local/pause:3.10
COREDNS_IMAGE=emporium.local/coredns:1.15.0
INGRESS_PORT="${INGRESS_PORT:-8300}"
API_PORT=6443
API="https://127.0.0.1:$API_PORT"
# Lowering an OOM score needs CAP_SYS_RESOURCE (bit 24), which some machines withhold even from root.
RESTRICT_OOM=false
if (( ! (0x$(sed -n 's/^CapBnd:\t//p' /proc/self/status) >> 24 & 1) )); then RESTRICT_OOM=true; fi

kubectl() { "$BIN/kubectl" --kubeconfig "$KUBECONFIG_FILE" "$@"; }
ctr() { command ctr --address "$RUN/containerd.sock" --namespace k8s.io "$@"; }
log() { echo "cluster: $*" >&2; }

# Starts one component in the background, its output in logs/<name>.log, its pid in run/<name>.pid.
start() {
  local name="$1"; shift
  mkdir -p "$LOGS" "$RUN/pids"
  setsid nohup "$@" >>"$LOGS/$name.log" 2>&1 </dev/null &
  echo $! >"$RUN/pids/$name.pid"
}

running() { [ -f "$RUN/pids/$1.pid" ] && kill -0 "$(cat "$RUN/pids/$1.pid")" 2>/dev/null; }

# Waits until a command succeeds; on timeout shows the component's log and fails.
wait_for() {
  local what="$1" name="$2" seconds="$3"; shift 3
  local deadline=$(( $(date +%s) + seconds ))
  until "$@" >/dev/null 2>&1; do
    if ! running "$name" || [ "$(date +%s)" -ge "$deadline" ]; then
      log "$what did not come up; the last lines of $LOGS/$name.log:"
      tail -25 "$LOGS/$name.log" >&2 || true
      return 1
    fi
    sleep 0.5
  done
}

need_root() {
  if [ "$(id -u)" -ne 0 ]; then
    echo "The cluster's kubelet, containerd and kube-proxy need root: run as root (or use kind, k8s/README.md)." >&2
    exit 1
  fi
}

need_binaries() {
  local b
  for b in kube-apiserver kube-controller-manager kube-scheduler kubelet kube-proxy kube-router kubectl etcd coredns traefik pause; do
    [ -x "$BIN/$b" ] || { echo "Missing $BIN/$b: run \`make cluster-tools\` first." >&2; exit 1; }
  done
  for b in containerd containerd-shim-runc-v2 runc ctr iptables ipset; do
    command -v "$b" >/dev/null || "$repo/scripts/install-system-packages.sh" containerd runc iptables ipset
  done
  [ -x "$CNI_BIN/bridge" ] || "$repo/scripts/install-system-packages.sh" containernetworking-plugins
}

api_ready() { [ "$(kubectl get --raw /readyz 2>/dev/null)" = ok ]; }

up_control_plane() {
  mkdir -p "$STATE" "$RUN"
  pki_create "$PKI" "$NODE_IP" "$NODE_NAME" "$SERVICE_IP"
  for who in admin controller-manager scheduler kube-proxy kube-router kubelet; do
    pki_kubeconfig "$PKI" "$who" "$API" "$STATE/$who.kubeconfig"
  done
  mv "$STATE/admin.kubeconfig" "$KUBECONFIG_FILE"

  start etcd "$BIN/etcd" --name emporium --data-dir "$STATE/etcd" \
    --listen-client-urls http://127.0.0.1:2379 --advertise-client-urls http://127.0.0.1:2379 \
    --listen-peer-urls http://127.0.0.1:2380 --initial-advertise-peer-urls http://127.0.0.1:2380 \
    --initial-cluster emporium=http://127.0.0.1:2380 --listen-metrics-urls http://127.0.0.1:2381 \
    --quota-backend-bytes 2147483648 --log-level warn
  wait_for etcd etcd 30 curl -fsS http://127.0.0.1:2381/health

  start kube-apiserver "$BIN/kube-apiserver" \
    --etcd-servers http://127.0.0.1:2379 \
    --advertise-address "$NODE_IP" --bind-address 0.0.0.0 --secure-port "$API_PORT" \
    --service-cluster-ip-range "$SERVICE_CIDR" --service-node-port-range 30000-32767 \
    --client-ca-file "$PKI/ca.crt" --tls-cert-file "$PKI/apiserver.crt" --tls-private-key-file "$PKI/apiserver.key" \
    --kubelet-client-certificate "$PKI/apiserver-kubelet-client.crt" --kubelet-client-key "$PKI/apiserver-kubelet-client.key" \
    --kubelet-certificate-authority "$PKI/ca.crt" --kubelet-preferred-address-types InternalIP \
    --service-account-issuer https://kubernetes.default.svc.cluster.local \
    --service-account-key-file "$PKI/sa.pub" --service-account-signing-key-file "$PKI/sa.key" \
    --proxy-client-cert-file "$PKI/front-proxy-client.crt" --proxy-client-key-file "$PKI/front-proxy-client.key" \
    --requestheader-client-ca-file "$PKI/front-proxy-ca.crt" --requestheader-allowed-names front-proxy-client \
    --requestheader-extra-headers-prefix X-Remote-Extra- --requestheader-group-headers X-Remote-Group \
    --requestheader-username-headers X-Remote-User \
    --authorization-mode Node,RBAC --enable-admission-plugins NodeRestriction \
    --allow-privileged=true --profiling=false
  wait_for kube-apiserver kube-apiserver 90 api_ready

  start kube-controller-manager "$BIN/kube-controller-manager" \
    --kubeconfig "$STATE/controller-manager.kubeconfig" \
    --authentication-kubeconfig "$STATE/controller-manager.kubeconfig" \
    --authorization-kubeconfig "$STATE/controller-manager.kubeconfig" \
    --bind-address 127.0.0.1 --leader-elect=false --use-service-account-credentials \
    --service-account-private-key-file "$PKI/sa.key" --root-ca-file "$PKI/ca.crt" \
    --cluster-signing-cert-file "$PKI/ca.crt" --cluster-signing-key-file "$PKI/ca.key" \
    --service-cluster-ip-range "$SERVICE_CIDR" --cluster-cidr "$CLUSTER_CIDR" --allocate-node-cidrs \
    --node-cidr-mask-size 24 \
    --controllers '*,-cloud-node-lifecycle,-route,-service'
  start kube-scheduler "$BIN/kube-scheduler" --kubeconfig "$STATE/scheduler.kubeconfig" \
    --authentication-kubeconfig "$STATE/scheduler.kubeconfig" --authorization-kubeconfig "$STATE/scheduler.kubeconfig" \
    --bind-address 127.0.0.1 --leader-elect=false
  wait_for kube-controller-manager kube-controller-manager 60 curl -fsSk https://127.0.0.1:10257/healthz
  wait_for kube-scheduler kube-scheduler 60 curl -fsSk https://127.0.0.1:10259/healthz
  # The default ServiceAccount appears once the controller manager runs; pods need it to be admitted.
  wait_for "the default ServiceAccount" kube-controller-manager 60 kubectl -n default get serviceaccount default
}

# An image of one static binary (at /<name>), packed as an OCI layout and imported into the node: the pause
# image every sandbox holds and the CoreDNS image need no registry. Usage: import_binary_image <ref> <binary>
import_binary_image() {
  local ref="$1" binary="$2" work name
  work=$(mktemp -d)
  name=$(basename "$binary")
  mkdir -p "$work/root" "$work/oci/blobs/sha256"
  cp "$binary" "$work/root/$name"
  tar --sort=name --owner=0 --group=0 --numeric-owner --mtime=@0 -C "$work/root" -cf "$work/layer.tar" "$name"
  local layer; layer=$(sha256sum "$work/layer.tar" | cut -d' ' -f1)
  mv "$work/layer.tar" "$work/oci/blobs/sha256/$layer"
  printf '{"architecture":"amd64","os":"linux","config":{"Entrypoint":["/%s"],"User":"65535:65535"},"rootfs":{"type":"layers","diff_ids":["sha256:%s"]}}' \
    "$name" "$layer" >"$work/config.json"
  local config; config=$(sha256sum "$work/config.json" | cut -d' ' -f1)
  mv "$work/config.json" "$work/oci/blobs/sha256/$config"
  printf '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{"mediaType":"application/vnd.oci.image.config.v1+json","digest":"sha256:%s","size":%d},"layers":[{"mediaType":"application/vnd.oci.image.layer.v1.tar","digest":"sha256:%s","size":%d}]}' \
    "$config" "$(stat -c %s "$work/oci/blobs/sha256/$config")" "$layer" "$(stat -c %s "$work/oci/blobs/sha256/$layer")" >"$work/manifest.json"
  local manifest; manifest=$(sha256sum "$work/manifest.json" | cut -d' ' -f1)
  local manifest_size; manifest_size=$(stat -c %s "$work/manifest.json")
  mv "$work/manifest.json" "$work/oci/blobs/sha256/$manifest"
  printf '{"schemaVersion":2,"manifests":[{"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"sha256:%s","size":%d,"annotations":{"io.containerd.image.name":"%s","org.opencontainers.image.ref.name":"%s"}}]}' \
    "$manifest" "$manifest_size" "$ref" "${ref##*:}" >"$work/oci/index.json"
  echo '{"imageLayoutVersion":"1.0.0"}' >"$work/oci/oci-layout"
  tar -C "$work/oci" -cf "$work/image.tar" .
  ctr images import "$work/image.tar" >/dev/null
  # The kubelet's image garbage collection leaves pinned images alone.
  ctr images label "$ref" io.cri-containerd.pinned=pinned >/dev/null
  rm -rf "$work"
}

node_ready() {
  [ "$(kubectl get node "$NODE_NAME" -o 'jsonpath={.status.conditions[?(@.type=="Ready")].status}' 2>/dev/null)" = True ]
}

up_node() {
  # The node's own address on the loopback device, and bridged pod traffic through the host's firewall:
  # a Docker engine sets the FORWARD policy to DROP, so the pod network is accepted explicitly.
  # (Captured, not piped into grep -q: under pipefail an early grep exit fails the pipe.)
  if [[ "$(ip -4 addr show dev lo)" != *"inet $NODE_IP/"* ]]; then ip addr add "$NODE_IP/32" dev lo; fi
  for direction in -s -d; do
    iptables -C FORWARD "$direction" "$POD_CIDR" -j ACCEPT 2>/dev/null || iptables -I FORWARD "$direction" "$POD_CIDR" -j ACCEPT
  done
  sysctl -qw net.ipv4.ip_forward=1
  if [ -w /proc/sys/net/bridge/bridge-nf-call-iptables ]; then sysctl -qw net.bridge.bridge-nf-call-iptables=1; fi

  write_containerd_config
  write_cni_config
  write_kubelet_config
  write_kube_proxy_config
  start containerd containerd --config "$STATE/containerd.toml"
  wait_for containerd containerd 30 ctr version
  import_binary_image "$PAUSE_IMAGE" "$BIN/pause"
  import_binary_image "$COREDNS_IMAGE" "$BIN/coredns"

  start kubelet "$BIN/kubelet" --config "$STATE/kubelet.yaml" --kubeconfig "$STATE/kubelet.kubeconfig" \
    --root-dir "$STATE/kubelet" --hostname-override "$NODE_NAME" --node-ip "$NODE_IP" \
    --cert-dir "$STATE/kubelet/pki" -v 1
  wait_for "the node" kubelet 90 node_ready
  start kube-proxy "$BIN/kube-proxy" --config "$STATE/kube-proxy.yaml"

  # NetworkPolicy: kube-router's firewall alone (the bridge CNI routes, kube-proxy serves Services).
  start kube-router "$BIN/kube-router" --kubeconfig "$STATE/kube-router.kubeconfig" \
    --hostname-override "$NODE_NAME" --run-firewall=true --run-router=false --run-service-proxy=false \
    --health-port 20244 --metrics-port 0
  wait_for kube-router kube-router 30 curl -fsS http://127.0.0.1:20244/healthz

  kubectl apply -f "$here/manifests/node-addons.yaml" >/dev/null
  wait_for "the cluster DNS" kubelet 90 kubectl -n kube-system rollout status deployment/coredns --timeout=5s
  local token; token=$(kubectl -n kube-system create token traefik --duration 8760h)
  start traefik "$BIN/traefik" --log.level=WARN --entryPoints.web.address=":$INGRESS_PORT" \
    --providers.kubernetesingress.endpoint="$API" --providers.kubernetesingress.token="$token" \
    --providers.kubernetesingress.certAuthFilePath="$PKI/ca.crt" \
    --providers.kubernetesingress.ingressClass=traefik --ping=true --ping.entryPoint=web
  wait_for Traefik traefik 30 curl -fsS "http://127.0.0.1:$INGRESS_PORT/ping"
}

up() {
  local control_plane_only=false
  [ "${1:-}" = --control-plane-only ] && control_plane_only=true
  need_root
  need_binaries
  if api_ready && running kube-controller-manager && { $control_plane_only || running kubelet; }; then
    log "already running"
    echo "$KUBECONFIG_FILE"
    return
  fi
  down >/dev/null 2>&1 || true
  local started; started=$(date +%s)
  up_control_plane
  if ! $control_plane_only; then up_node; fi
  if $control_plane_only; then
    log "control plane up in $(( $(date +%s) - started )) s: API server $API (no node: pods stay Pending)"
  else
    log "up in $(( $(date +%s) - started )) s: API server $API, ingress http://127.0.0.1:$INGRESS_PORT"
  fi
  echo "$KUBECONFIG_FILE"
}

# Images come from the Docker engine (`make images`) in one stream, so shared base layers travel once.
load_images() {
  [ $# -gt 0 ] || { echo "usage: $0 load-images <image>..." >&2; exit 2; }
  local started; started=$(date +%s)
  docker save "$@" | ctr images import - >/dev/null
  log "loaded $# images in $(( $(date +%s) - started )) s"
}

stop() {
  local name="$1" pid
  [ -f "$RUN/pids/$name.pid" ] || return 0
  pid=$(cat "$RUN/pids/$name.pid")
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
  kill -9 "$pid" 2>/dev/null || true
  rm -f "$RUN/pids/$name.pid"
}

down() {
  need_root
  for name in traefik kube-router kube-proxy kubelet; do stop "$name"; done
  # Pod containers outlive the kubelet: kill their tasks before containerd goes.
  if running containerd; then
    for task in $(ctr tasks ls -q 2>/dev/null); do ctr tasks kill -s SIGKILL "$task" >/dev/null 2>&1 || true; done
    sleep 1
    for task in $(ctr tasks ls -q 2>/dev/null); do ctr tasks rm -f "$task" >/dev/null 2>&1 || true; done
  fi
  for name in containerd kube-scheduler kube-controller-manager kube-apiserver etcd; do stop "$name"; done
  pkill -f "containerd-shim-runc-v2 -namespace k8s.io -address $RUN/containerd.sock" 2>/dev/null || true
  # Volumes, sandboxes' network namespaces and overlay mounts left under the state directories.
  grep -oE " ($STATE|$RUN)[^ ]*" /proc/mounts | sort -r | while read -r mount; do umount -l "$mount" 2>/dev/null || true; done
  if ip link show "$CNI_BRIDGE" >/dev/null 2>&1; then ip link del "$CNI_BRIDGE"; fi
  ip addr del "$NODE_IP/32" dev lo 2>/dev/null || true
  for direction in -s -d; do iptables -D FORWARD "$direction" "$POD_CIDR" -j ACCEPT 2>/dev/null || true; done
  if [[ "$(iptables-save 2>/dev/null)" == *$'\n:KUBE-'* ]]; then flush_kube_proxy_rules; fi
  rm -rf "$STATE" "$RUN"
  log "down"
}

# kube-proxy's and kube-router's chains and ipsets, which outlive them; the rest of the machine's rules stay.
flush_kube_proxy_rules() {
  "$BIN/kube-proxy" --cleanup >/dev/null 2>&1 || true
  "$BIN/kube-router" --cleanup-config >/dev/null 2>&1 || true
}

status() {
  for name in etcd kube-apiserver kube-controller-manager kube-scheduler containerd kubelet kube-proxy kube-router traefik; do
    if running "$name"; then printf '%-24s running (pid %s)\n' "$name" "$(cat "$RUN/pids/$name.pid")"; else printf '%-24s stopped\n' "$name"; fi
  done
  if api_ready; then echo "kubeconfig: $KUBECONFIG_FILE"; kubectl get nodes -o wide 2>/dev/null || true; fi
}

case "${1:-}" in
  up) shift; up "$@" ;;
  down) down ;;
  status) status ;;
  load-images) shift; load_images "$@" ;;
  *) sed -n '/^# Usage:/,/^# State/p' "$0" >&2; exit 2 ;;
esac
