module "vpc" {
  source  = "terraform-google-modules/network/google"
  version = "~> 9.0"

  project_id   = var.project_id
  network_name = "gke-network"

  subnets = [
    {
      subnet_name   = "gke-subnet"
      subnet_ip     = "10.0.0.0/17"
      subnet_region = "europe-west1"
    },
  ]

  secondary_ranges = {
    gke-subnet = [
      {
        range_name    = "ip-range-pods"
        ip_cidr_range = "192.168.0.0/18"
      },
      { range_name = "ip-range-services", ip_cidr_range = "192.168.64.0/18" },
    ]
  }
}

module "gke" {
  source  = "terraform-google-modules/kubernetes-engine/google"
  version = "~> 36.0"

  project_id        = var.project_id
  name              = "prod"
  region            = "europe-west1"
  network           = module.vpc.network_name
  subnetwork        = module.vpc.subnets_names[0]
  ip_range_pods     = "ip-range-pods"
  ip_range_services = "ip-range-services"
}
