module "gke" {
  source  = "terraform-google-modules/kubernetes-engine/google//modules/private-cluster"
  version = "~> 36.0"

  project_id        = var.project_id
  name              = "prod"
  network           = google_compute_network.main.name
  subnetwork        = google_compute_subnetwork.gke.name
  ip_range_pods     = "pods"
  ip_range_services = "services"
}

resource "google_compute_subnetwork" "gke" {
  name          = "gke"
  ip_cidr_range = "10.0.0.0/20"
  network       = google_compute_network.main.id

  secondary_ip_range {
    range_name    = "pods"
    ip_cidr_range = "10.4.0.0/14"
  }

  secondary_ip_range {
    range_name    = "services"
    ip_cidr_range = "10.8.0.0/20"
  }
}
