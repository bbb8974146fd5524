module "eks" {
  source = "git::https://github.com/terraform-aws-modules/terraform-aws-eks.git?ref=v21.3.0"

  name               = "prod"
  kubernetes_version = "1.33"
  service_ipv4_cidr  = "10.100.0.0/16"
}
