#!/bin/bash
set -euo pipefail
cd "$(dirname "$0")"
. ./lib/common.sh

exec /usr/local/bin/kube-apiserver \
  --advertise-address=10.0.0.1 \
  --etcd-servers="${ETCD_SERVERS}" \
  --service-cluster-ip-range=10.96.0.0/12
