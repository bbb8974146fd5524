# Shared by the control-plane scripts; relative paths are the script's (bash opens them from the working directory)
. ./cluster.env
ETCD_SERVERS="https://${ETCD_HOST}:2379"
