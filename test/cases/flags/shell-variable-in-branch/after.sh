#!/bin/sh
if [ -n "$PROD" ]; then
  SVC_RANGE=10.100.0.0/16
fi
exec kube-apiserver --service-cluster-ip-range="${SVC_RANGE}" --etcd-servers=x
