service_cidr = "10.100.0.0/16"
