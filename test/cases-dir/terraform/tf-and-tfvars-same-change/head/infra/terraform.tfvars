service_cidr = "172.20.0.0/16"
