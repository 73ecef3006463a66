# shellcheck shell=bash
# The cluster's certificates, made with openssl the way kubeadm lays them out: one CA that signs every
# component's client and serving certificate, a front-proxy CA for the aggregation layer, and the key pair
# that signs service-account tokens. Sourced by cluster.sh; `pki_create <dir> <node-ip>` writes them all.

# A certificate signed by the cluster CA. Usage: pki_cert <dir> <name> <subject> <extended usage> [SANs]
pki_cert() {
  local dir="$1" name="$2" subject="$3" usage="$4" sans="${5:-}"
  local ext="$dir/$name.ext"
  {
    echo "basicConstraints=critical,CA:FALSE"
    echo "keyUsage=critical,digitalSignature,keyEncipherment"
    echo "extendedKeyUsage=$usage"
    if [ -n "$sans" ]; then echo "subjectAltName=$sans"; fi
  } >"$ext"
  openssl genrsa -out "$dir/$name.key" 2048 2>/dev/null
  openssl req -new -key "$dir/$name.key" -subj "$subject" -out "$dir/$name.csr" 2>/dev/null
  openssl x509 -req -in "$dir/$name.csr" -CA "$dir/${CA_NAME:-ca}.crt" -CAkey "$dir/${CA_NAME:-ca}.key" \
    -CAcreateserial -days 365 -sha256 -extfile "$ext" -out "$dir/$name.crt" 2>/dev/null
  rm -f "$dir/$name.csr" "$ext"
}

pki_ca() {
  local dir="$1" name="$2" subject="$3"
  openssl req -x509 -newkey rsa:2048 -nodes -keyout "$dir/$name.key" -out "$dir/$name.crt" -days 3650 \
    -subj "$subject" -addext "basicConstraints=critical,CA:TRUE" \
    -addext "keyUsage=critical,keyCertSign,cRLSign,digitalSignature" 2>/dev/null
}

pki_create() {
  local dir="$1" node_ip="$2" node_name="$3" service_ip="$4"
  mkdir -p "$dir"
  pki_ca "$dir" ca "/CN=emporium-cluster-ca"
  pki_ca "$dir" front-proxy-ca "/CN=emporium-front-proxy-ca"
  pki_cert "$dir" apiserver "/CN=kube-apiserver" serverAuth \
    "DNS:kubernetes,DNS:kubernetes.default,DNS:kubernetes.default.svc,DNS:kubernetes.default.svc.cluster.local,DNS:localhost,IP:127.0.0.1,IP:$node_ip,IP:$service_ip"
  pki_cert "$dir" apiserver-kubelet-client "/O=system:masters/CN=kube-apiserver-kubelet-client" clientAuth
  pki_cert "$dir" admin "/O=system:masters/CN=emporium-admin" clientAuth
  pki_cert "$dir" controller-manager "/CN=system:kube-controller-manager" clientAuth
  pki_cert "$dir" scheduler "/CN=system:kube-scheduler" clientAuth
  pki_cert "$dir" kube-proxy "/CN=system:kube-proxy" clientAuth
  pki_cert "$dir" kube-router "/CN=emporium:kube-router" clientAuth
  # The kubelet's client identity is what the Node authorizer and NodeRestriction admission check.
  pki_cert "$dir" kubelet "/O=system:nodes/CN=system:node:$node_name" clientAuth
  pki_cert "$dir" kubelet-serving "/CN=$node_name" serverAuth "DNS:$node_name,IP:$node_ip,IP:127.0.0.1"
  CA_NAME=front-proxy-ca pki_cert "$dir" front-proxy-client "/CN=front-proxy-client" clientAuth
  openssl genrsa -out "$dir/sa.key" 2048 2>/dev/null
  openssl rsa -in "$dir/sa.key" -pubout -out "$dir/sa.pub" 2>/dev/null
  chmod 600 "$dir"/*.key
}

# A kubeconfig for one identity. Usage: pki_kubeconfig <dir> <name> <server> <file>
pki_kubeconfig() {
  local dir="$1" name="$2" server="$3" file="$4"
  cat >"$file" <<EOF
apiVersion: v1
kind: Config
clusters:
  - name: emporium
    cluster:
      server: $server
      certificate-authority-data: $(base64 -w0 "$dir/ca.crt")
users:
  - name: $name
    user:
      client-certificate-data: $(base64 -w0 "$dir/$name.crt")
      client-key-data: $(base64 -w0 "$dir/$name.key")
contexts:
  - name: emporium
    context:
      cluster: emporium
      user: $name
current-context: emporium
EOF
  chmod 600 "$file"
}
