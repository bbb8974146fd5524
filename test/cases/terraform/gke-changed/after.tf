terraform {
  required_providers {
    aws = { source = "hashicorp/aws" }
  }
}

resource "google_container_cluster" "main" {
  name     = "prod"
  role_arn = aws_iam_role.cluster.arn
  min_master_version = "1.33"

  vpc_config {
    subnet_ids = var.subnet_ids
  }

  ip_allocation_policy {
    cluster_ipv4_cidr_block  = "10.4.0.0/14"
    services_ipv4_cidr_block = "10.8.0.0/19"
  }
}
