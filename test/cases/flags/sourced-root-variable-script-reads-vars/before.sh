#!/bin/bash
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/config/cluster.env"

exec /usr/local/bin/kube-apiserver \
  --advertise-address=10.0.0.1 \
  --etcd-servers="${ETCD_SERVERS}" \
  --service-cluster-ip-range=10.96.0.0/12
