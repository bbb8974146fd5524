# Shared by the control-plane scripts
. ./cluster.env
ETCD_SERVERS="https://${ETCD_HOST}:2379"
SVC_RANGE=10.96.0.0/12
