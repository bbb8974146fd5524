region       = "eu-west-1"
subnet_ids   = ["subnet-1", "subnet-2"]
service_cidr = "172.20.0.0/16"
