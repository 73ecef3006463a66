# shellcheck shell=bash
# Configuration files of the node's components, written fresh on every `cluster.sh up`. Sourced by cluster.sh,
# which sets STATE, RUN, PKI, NODE_IP, NODE_NAME, POD_CIDR, CLUSTER_DNS and CNI_BRIDGE first.

# containerd 1.6 (Debian's) with its CRI plugin: its own root, state and socket, so it never meets the
# containerd a Docker engine may run; the pause image is the one cluster.sh builds; cgroupfs because
# this machine has no systemd.
write_containerd_config() {
  cat >"$STATE/containerd.toml" <<EOF
version = 2
root = "$STATE/containerd/root"
state = "$RUN/containerd"
[grpc]
  address = "$RUN/containerd.sock"
[plugins."io.containerd.internal.v1.opt"]
  path = "$STATE/containerd/opt"
[plugins."io.containerd.grpc.v1.cri"]
  sandbox_image = "$PAUSE_IMAGE"
  enable_unprivileged_ports = true
  # The kubelet asks for negative OOM scores (-998 for sandboxes), which need CAP_SYS_RESOURCE; machines
  # that run us without it (a sandboxed VM, rootless) would fail every pod. Clamp to containerd's own score.
  restrict_oom_score_adj = $RESTRICT_OOM
  [plugins."io.containerd.grpc.v1.cri".cni]
    bin_dir = "$CNI_BIN"
    conf_dir = "$STATE/cni/net.d"
  [plugins."io.containerd.grpc.v1.cri".containerd]
    snapshotter = "overlayfs"
    default_runtime_name = "runc"
    [plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc]
      runtime_type = "io.containerd.runc.v2"
      [plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc.options]
        SystemdCgroup = false
EOF
}

# One bridge for the node's pods with host-local addresses; masquerade for traffic leaving the node;
# portmap for hostPort. A single node needs no overlay.
write_cni_config() {
  mkdir -p "$STATE/cni/net.d"
  cat >"$STATE/cni/net.d/10-emporium.conflist" <<EOF
{
  "cniVersion": "1.0.0",
  "name": "emporium",
  "plugins": [
    {
      "type": "bridge",
      "bridge": "$CNI_BRIDGE",
      "isGateway": true,
      "ipMasq": true,
      "hairpinMode": true,
      "ipam": {
        "type": "host-local",
        "dataDir": "$STATE/cni/ipam",
        "ranges": [[{ "subnet": "$POD_CIDR" }]],
        "routes": [{ "dst": "0.0.0.0/0" }]
      }
    },
    { "type": "portmap", "capabilities": { "portMappings": true } }
  ]
}
EOF
}

write_kubelet_config() {
  cat >"$STATE/kubelet.yaml" <<EOF
apiVersion: kubelet.config.k8s.io/v1beta1
kind: KubeletConfiguration
authentication:
  anonymous: { enabled: false }
  webhook: { enabled: true }
  x509: { clientCAFile: "$PKI/ca.crt" }
authorization: { mode: Webhook }
tlsCertFile: "$PKI/kubelet-serving.crt"
tlsPrivateKeyFile: "$PKI/kubelet-serving.key"
containerRuntimeEndpoint: "unix://$RUN/containerd.sock"
# Debian's containerd 1.6 does not report its cgroup driver (the RuntimeConfig call), so the kubelet
# falls back to this one; this machine mounts cgroup v1, which the kubelet refuses unless told.
cgroupDriver: cgroupfs
failCgroupV1: false
failSwapOn: false
clusterDomain: cluster.local
clusterDNS: ["$CLUSTER_DNS"]
resolvConf: /etc/resolv.conf
staticPodPath: ""
serializeImagePulls: false
# A development node on a shared disk: evict only when the disk is really short.
evictionHard: { "nodefs.available": "2%", "imagefs.available": "2%", "memory.available": "100Mi" }
imageGCHighThresholdPercent: 98
imageGCLowThresholdPercent: 95
maxPods: 110
EOF
}

write_kube_proxy_config() {
  cat >"$STATE/kube-proxy.yaml" <<EOF
apiVersion: kubeproxy.config.k8s.io/v1alpha1
kind: KubeProxyConfiguration
clientConnection: { kubeconfig: "$STATE/kube-proxy.kubeconfig" }
hostnameOverride: "$NODE_NAME"
mode: iptables
clusterCIDR: "$POD_CIDR"
# Leave the machine's conntrack table size alone.
conntrack: { maxPerCore: 0 }
EOF
}
