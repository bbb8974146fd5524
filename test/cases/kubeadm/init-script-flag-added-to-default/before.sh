#!/bin/sh
set -e
sudo kubeadm init --pod-network-cidr=192.168.0.0/16
