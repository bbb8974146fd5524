#!/bin/bash
export SVC_RANGE=${SVC_RANGE:-10.100.0.0/16}
kube-apiserver --service-cluster-ip-range=$SVC_RANGE
