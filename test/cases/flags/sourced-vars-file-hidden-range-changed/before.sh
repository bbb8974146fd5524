# Cluster settings, sourced by start.sh; site overrides come last
ETCD_SERVERS=https://10.0.0.10:2379
SVC_RANGE=10.96.0.0/12
source /etc/kubernetes/site-overrides.sh
