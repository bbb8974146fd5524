variable "subnet_ids" {
  type = list(string)
}

variable "service_cidr" {
  description = "Service range of the cluster (fixed at creation)"
  type        = string
}
