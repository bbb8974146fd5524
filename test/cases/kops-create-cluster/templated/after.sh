#!/usr/bin/env bash
set -euo pipefail
export KOPS_STATE_STORE=s3://example-kops-state
NAME=k8s.example.com

kops create cluster \
  --name=k8s.example.com \
  --zones=eu-west-1a,eu-west-1b \
  --node-count=3 \
  --kubernetes-version=1.33.2 \
  --set spec.networking.serviceClusterIPRange=${SERVICE_CIDR} \
  --networking=cilium \
  --yes

kops update cluster --name $NAME --yes
