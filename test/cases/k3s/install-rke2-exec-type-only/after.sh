#!/bin/sh
set -e
curl -sfL https://get.rke2.io | INSTALL_RKE2_EXEC="server" INSTALL_RKE2_CHANNEL=v1.33 sh -
systemctl enable --now rke2-server.service
