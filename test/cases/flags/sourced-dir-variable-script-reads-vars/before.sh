#!/bin/bash
set -euo pipefail
DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$DIR/vars.sh"

exec /usr/local/bin/kube-apiserver \
  --advertise-address=10.0.0.1 \
  --etcd-servers="${ETCD_SERVERS}" \
  --service-cluster-ip-range=10.96.0.0/12
