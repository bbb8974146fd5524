service_cidr = "10.101.0.0/16"
