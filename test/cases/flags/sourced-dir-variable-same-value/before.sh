#!/bin/bash
set -euo pipefail
export SCRIPT_DIR=$(dirname "$0")
. "${SCRIPT_DIR}/env.sh"

exec /usr/local/bin/kube-apiserver \
  --advertise-address=10.0.0.1 \
  --etcd-servers="${ETCD_SERVERS}" \
  --service-cluster-ip-range=10.96.0.0/12
