module "gke" {
  source  = "terraform-google-modules/kubernetes-engine/google"
  version = "~> 36.0"

  project_id        = var.project_id
  name              = "prod"
  subnetwork        = "gke"
  ip_range_pods     = "pods"
  ip_range_services = "services"
}
