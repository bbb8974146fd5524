#!/bin/bash
set -e
SVC_RANGE=10.96.0.0/12
POD_RANGE="10.244.0.0/16"

exec kube-apiserver \
  --advertise-address=10.0.0.1 \
  --service-cluster-ip-range="${SVC_RANGE}" \
  --etcd-servers=http://127.0.0.1:2379
