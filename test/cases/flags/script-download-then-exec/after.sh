#!/bin/bash
curl -LO https://dl.k8s.io/v1.33.0/bin/linux/amd64/kube-apiserver
chmod +x kube-apiserver && install -m 0755 kube-apiserver /usr/local/bin/kube-apiserver
BIN=/usr/local/bin/kube-apiserver
exec "$BIN" --service-cluster-ip-range=10.96.0.0/12,fd00:10:96::/112
