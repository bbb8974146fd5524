variable "subnet_ids" {
  type = list(string)
}

variable "service_cidr" {
  description = "Service range of the cluster (fixed at creation)"
  type        = string
  default     = "172.20.0.0/16"
}
