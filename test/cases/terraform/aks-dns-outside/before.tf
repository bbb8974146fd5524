terraform {
  required_providers {
    aws = { source = "hashicorp/aws" }
  }
}

resource "azurerm_kubernetes_cluster" "main" {
  name     = "prod"
  role_arn = aws_iam_role.cluster.arn
  kubernetes_version = "1.31"

  vpc_config {
    subnet_ids = var.subnet_ids
  }

  network_profile {
    network_plugin = "azure"
    service_cidr   = "10.0.0.0/16"
    dns_service_ip = "10.0.0.10"
  }
}
