#!/usr/bin/env bash
set -euo pipefail
SERVICE_CIDR="10.96.0.0/12"
POD_CIDR="10.244.0.0/16"

kubeadm reset --force || true
kubeadm init \
  --kubernetes-version "v1.33.2" \
  --pod-network-cidr "${POD_CIDR}" \
  --service-cidr="${SERVICE_CIDR}"
