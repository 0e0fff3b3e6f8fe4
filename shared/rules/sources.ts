// Sources of the rules still to be implemented, by rule id (each moves into its rule file).
export const PENDING_RULE_SOURCES: Readonly<Record<string, string>> = {
  'mlag.keepalive-missing':
    'NVIDIA Cumulus Linux User Guide, "Multi-Chassis Link Aggregation - MLAG", Basic Configuration (a backup IP reachable without the peer link, such as the management address, is required), https://docs.nvidia.com/networking-ethernet-software/cumulus-linux/Layer-2/Multi-Chassis-Link-Aggregation-MLAG/#basic-configuration',
};
