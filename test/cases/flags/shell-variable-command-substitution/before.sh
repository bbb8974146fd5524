#!/bin/bash
SVC_RANGE=$(cat /etc/kubernetes/service-range)
exec kube-apiserver --service-cluster-ip-range="$SVC_RANGE"
