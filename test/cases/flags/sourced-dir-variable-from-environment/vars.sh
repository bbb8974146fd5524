# Cluster settings, sourced by start.sh
ETCD_SERVERS=https://10.0.0.10:2379
SVC_RANGE=10.96.0.0/12
