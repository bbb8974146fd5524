#!/bin/sh
if [ -n "$PROD" ]; then
  SVC_RANGE=10.96.0.0/12
fi
echo "starting the apiserver"
exec kube-apiserver --service-cluster-ip-range="${SVC_RANGE}" --etcd-servers=x
