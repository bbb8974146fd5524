#!/bin/sh
set -e
mkdir -p /etc/rancher/rke2
curl -sfL https://get.rke2.io | INSTALL_RKE2_EXEC="server --service-cidr=10.45.0.0/16" sh -
systemctl enable --now rke2-server.service
