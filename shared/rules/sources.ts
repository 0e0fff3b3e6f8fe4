// Sources of the rules still to be implemented, by rule id (each moves into its rule file).
export const PENDING_RULE_SOURCES: Readonly<Record<string, string>> = {
  'cable.dac-needs-fec':
    'IEEE 802.3by (IEEE 802.3 Clause 110.10): a CA-25G-L passive copper cable reaches 5 m only with RS-FEC on both ends, CA-25G-N and CA-25G-S cables are specified to 3 m; 100GBASE-CR4 (Clause 92) always runs RS-FEC; NVIDIA Cumulus Linux, "Switch Port Attributes", FEC, https://docs.nvidia.com/networking-ethernet-software/cumulus-linux/Layer-1-and-Switch-Ports/Interface-Configuration-and-Management/Switch-Port-Attributes/#fec',
  'lag.switch-side-missing':
    'Linux kernel bonding documentation, "Switch Configuration" (802.3ad needs the switch ports in an 802.3ad aggregation, balance-rr and balance-xor in a static group), https://docs.kernel.org/networking/bonding.html#switch-configuration; NVIDIA Cumulus Linux, MLAG, Basic Configuration, https://docs.nvidia.com/networking-ethernet-software/cumulus-linux/Layer-2/Multi-Chassis-Link-Aggregation-MLAG/#basic-configuration',
  'lag.single-card':
    'ClusterWire heuristic: a bond whose members all sit on one NIC card is cut by one card failure; members spread over two cards of the bond speed remove that single point of failure',
  'mlag.peer-link-vlans':
    'NVIDIA Cumulus Linux User Guide, "Multi-Chassis Link Aggregation - MLAG", Basic Configuration (add every VLAN of the MLAG bonds so traffic can cross the peer link when an MLAG bond fails), https://docs.nvidia.com/networking-ethernet-software/cumulus-linux/Layer-2/Multi-Chassis-Link-Aggregation-MLAG/#basic-configuration',
  'mlag.keepalive-missing':
    'NVIDIA Cumulus Linux User Guide, "Multi-Chassis Link Aggregation - MLAG", Basic Configuration (a backup IP reachable without the peer link, such as the management address, is required), https://docs.nvidia.com/networking-ethernet-software/cumulus-linux/Layer-2/Multi-Chassis-Link-Aggregation-MLAG/#basic-configuration',
  'mgmt.bmc-not-connected':
    'Ceph documentation, "Hardware Recommendations", Baseboard Management Controller (an out-of-band network for administration), https://docs.ceph.com/en/latest/start/hardware-recommendations/',
  'mgmt.single-uplink':
    'ClusterWire heuristic: a management switch with one uplink, or with all uplinks on one core switch, loses out-of-band access to every device when that cable or switch fails',
  'corosync.link-missing':
    'Proxmox VE Administration Guide, "Adding Nodes with Separated Cluster Network" (each node needs its own link0 address on the cluster network), https://pve.proxmox.com/pve-docs/pve-admin-guide.html#pvecm_adding_nodes_with_separated_cluster_network',
  'corosync.link-inconsistent':
    'Proxmox VE Administration Guide, "Corosync Redundancy" (a link number is the same on every node; links with different priorities cannot communicate), https://pve.proxmox.com/pve-docs/pve-admin-guide.html#pvecm_redundancy',
  'ip.reserved-address':
    'RFC 1122 section 3.2.1.3 (host numbers of all zeros or all ones are not host addresses); RFC 3021 (31-bit prefixes on point-to-point links)',
  'network.cidr-invalid':
    'RFC 4632 section 3.1 (IPv4 prefix notation, length 0-32) and RFC 4291 section 2.3 (IPv6 prefix notation, length 0-128); a network CIDR with host bits set names an address, not a network',
  'ceph.pool-size':
    'Proxmox VE Administration Guide, "Ceph Pools" (size 3 and min_size 2 by default), https://pve.proxmox.com/pve-docs/pve-admin-guide.html#pve_ceph_pools; Ceph documentation, "Troubleshooting PGs", Placement Groups Never Get Clean (fewer OSDs or hosts than replicas), https://docs.ceph.com/en/latest/rados/troubleshooting/troubleshooting-pg/#placement-groups-never-get-clean',
  'host.address-missing':
    'Proxmox VE Administration Guide, "Migration Network" (each node has exactly one IP in the network), https://pve.proxmox.com/pve-docs/pve-admin-guide.html#pvecm_migration_network; Ceph documentation, "Network Configuration Reference" (every Ceph host has an address on the public network, OSD hosts on the cluster network), https://docs.ceph.com/en/latest/rados/configuration/network-config-ref/',
  'network.node-missing':
    'Proxmox VE Administration Guide, Ceph "Public Network" and "Cluster Network" (one configuration for the whole cluster), https://pve.proxmox.com/pve-docs/pve-admin-guide.html#pve_ceph_wizard_networks, and "Migration Network" (each node has an IP in it), https://pve.proxmox.com/pve-docs/pve-admin-guide.html#pvecm_migration_network',
};
