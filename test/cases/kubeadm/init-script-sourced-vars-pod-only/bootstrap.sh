#!/usr/bin/env bash
set -euo pipefail
source "${BASH_SOURCE%/*}/env.sh"

kubeadm init \
  --pod-network-cidr "${POD_CIDR}" \
  --service-cidr=$SVC
