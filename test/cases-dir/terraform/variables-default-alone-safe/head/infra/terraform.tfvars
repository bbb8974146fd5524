region       = "eu-west-1"
subnet_ids   = ["subnet-1", "subnet-2"]
service_cidr = "10.100.0.0/16"
