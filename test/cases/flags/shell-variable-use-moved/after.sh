#!/bin/bash
export SVC_RANGE=${SVC_RANGE:-10.96.0.0/12}
echo "starting the apiserver"
kube-apiserver --v=2 \
  --service-cluster-ip-range=$SVC_RANGE
