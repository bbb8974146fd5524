#!/bin/bash
SVC_RANGE=10.96.0.0/12
kube-apiserver '--service-cluster-ip-range=$SVC_RANGE'
