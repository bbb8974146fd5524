#!/bin/bash
set -euo pipefail
DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [ -n "${CLUSTER_CONFIG_DIR:-}" ]; then
  DIR="${CLUSTER_CONFIG_DIR}"
fi
source "$DIR/vars.sh"

exec /usr/local/bin/kube-apiserver \
  --advertise-address=10.0.0.1 \
  --etcd-servers="${ETCD_SERVERS}" \
  --service-cluster-ip-range="${SVC_RANGE}"
