#!/bin/sh
set -eu
. ./cluster.env
exec /usr/local/bin/k3s server --cluster-cidr 10.42.0.0/16 --service-cidr $SERVICE_CIDR
