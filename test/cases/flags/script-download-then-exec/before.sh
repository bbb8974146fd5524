#!/bin/bash
exec kube-apiserver --service-cluster-ip-range=10.96.0.0/12
