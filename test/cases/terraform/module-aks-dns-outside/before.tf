module "aks" {
  source  = "Azure/aks/azurerm"
  version = "9.4.1"

  resource_group_name = azurerm_resource_group.main.name
  kubernetes_version  = "1.30"
  network_plugin      = "azure"

  net_profile_service_cidr   = "10.0.0.0/16"
  net_profile_dns_service_ip = "10.0.0.10"
}
