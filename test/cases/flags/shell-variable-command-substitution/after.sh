#!/bin/bash
SVC_RANGE=$(cat /etc/kubernetes/service-range.v2)
exec kube-apiserver --service-cluster-ip-range="$SVC_RANGE"
