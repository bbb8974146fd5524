#!/bin/bash
set -euo pipefail
SERVICE_CIDR="10.43.0.0/16"
systemctl stop rke2-server || true
exec /usr/local/bin/rke2 server --cluster-cidr 10.42.0.0/16 --service-cidr "$SERVICE_CIDR"
