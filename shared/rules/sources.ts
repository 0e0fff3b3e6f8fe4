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
};
