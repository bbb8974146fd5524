#!/bin/sh
curl -sfL https://get.k3s.io | INSTALL_K3S_EXEC="server --service-cidr=10.45.0.0/16 --disable traefik" sh -s -
