#!/bin/sh
set -e
SERVICE_CIDR=10.96.0.0/12
envsubst < kubeadm.yaml.in > /tmp/kubeadm.yaml
kubeadm init --config /tmp/kubeadm.yaml --upload-certs
