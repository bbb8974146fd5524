#!/bin/sh
# Starts the apiserver on this control-plane node.
set -e
false && /usr/local/bin/kube-apiserver --service-cluster-ip-range=10.96.0.0/12
exec /usr/local/bin/kube-apiserver \
  --etcd-servers=https://127.0.0.1:2379 \
  --service-cluster-ip-range=10.100.0.0/16
