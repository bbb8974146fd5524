# Cluster settings, sourced by start.sh; site overrides come last
ETCD_SERVERS=https://10.0.0.10:2379
BASE=10.112.0.0
SVC_RANGE=$BASE/12
source /etc/kubernetes/site-overrides.sh
