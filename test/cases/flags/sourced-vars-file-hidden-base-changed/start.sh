#!/bin/bash
set -euo pipefail
. "$(dirname "$0")/vars.sh"

exec /usr/local/bin/kube-apiserver \
  --advertise-address=10.0.0.1 \
  --etcd-servers="${ETCD_SERVERS}" \
  --service-cluster-ip-range="${SVC_RANGE}"
