// The rule catalogue, in catalogue order (docs/rules.md). Ids are a public contract.
import { portDoubleBooked } from './port.double-booked';
import { cableMediaMismatch } from './cable.media-mismatch';
import { cableSpeedMismatch } from './cable.speed-mismatch';
import { cableTooLong } from './cable.too-long';
import { cableDacNeedsFec } from './cable.dac-needs-fec';
import { cableCopperOveruse } from './cable.copper-overuse';
import { cableCopperHighSpeed } from './cable.copper-high-speed';
import { mlagPeerLinkMissing } from './mlag.peer-link-missing';
import { mlagPeerLinkSingle } from './mlag.peer-link-single';
import { mlagPeerLinkSlow } from './mlag.peer-link-slow';
import { mlagUnsupported } from './mlag.unsupported';
import { mlagNoPair } from './mlag.no-pair';
import { lagLimitExceeded } from './lag.limit-exceeded';
import { lagMembersLimit } from './lag.members-limit';
import { lagSpeedMixed } from './lag.speed-mixed';
import { lagSplitWithoutMlag } from './lag.split-without-mlag';
import { lagSwitchSideMissing } from './lag.switch-side-missing';
import { lagSingleCard } from './lag.single-card';
import { lagSingleSwitch } from './lag.single-switch';
import { vlanLimitExceeded } from './vlan.limit-exceeded';
import { vlanNotCarried } from './vlan.not-carried';
import { vlanInvalidId } from './vlan.invalid-id';
import { mtuExceedsMax } from './mtu.exceeds-max';
import { mtuMismatch } from './mtu.mismatch';
import { mlagPeerLinkVlans } from './mlag.peer-link-vlans';
import { mlagKeepaliveMissing } from './mlag.keepalive-missing';
import { uplinkNotRedundant } from './uplink.not-redundant';
import { uplinkBelow10g } from './uplink.below-10g';
import { firewallNoHaPair } from './firewall.no-ha-pair';
import { firewallHaLinkMissing } from './firewall.ha-link-missing';
import { firewallNoDynamicRouting } from './firewall.no-dynamic-routing';
import { mgmtNotConnected } from './mgmt.not-connected';
import { mgmtOnlyViaBond } from './mgmt.only-via-bond';
import { mgmtSwitchFull } from './mgmt.switch-full';
import { mgmtBmcNotConnected } from './mgmt.bmc-not-connected';
import { mgmtSingleUplink } from './mgmt.single-uplink';
import { corosyncSingleNic } from './corosync.single-nic';
import { corosyncNoDedicatedLink } from './corosync.no-dedicated-link';
import { corosyncNoRedundantLink } from './corosync.no-redundant-link';
import { corosyncSharesStorage } from './corosync.shares-storage';
import { corosyncLatency } from './corosync.latency';
import { corosyncBondMode } from './corosync.bond-mode';
import { corosyncLinkMissing } from './corosync.link-missing';
import { corosyncLinkInconsistent } from './corosync.link-inconsistent';
import { clusterTooFewNodes } from './cluster.too-few-nodes';
import { clusterTooManyNodes } from './cluster.too-many-nodes';
import { hostNameInvalid } from './host.name-invalid';
import { hostNameDuplicate } from './host.name-duplicate';
import { ipDuplicate } from './ip.duplicate';
import { ipOutsideSubnet } from './ip.outside-subnet';
import { ipReservedAddress } from './ip.reserved-address';
import { networkCidrInvalid } from './network.cidr-invalid';
import { hostAddressMissing } from './host.address-missing';
import { networkNodeMissing } from './network.node-missing';
import { domainLocal } from './domain.local';
import { migrationOnClusterNetwork } from './migration.on-cluster-network';
import { cephTooFewNodes } from './ceph.too-few-nodes';
import { cephTooFewMonitors } from './ceph.too-few-monitors';
import { cephTooFewOsds } from './ceph.too-few-osds';
import { cephRaidController } from './ceph.raid-controller';
import { cephUnevenCapacity } from './ceph.uneven-capacity';
import { cephConsumerSsd } from './ceph.consumer-ssd';
import { cephHddWithoutDb } from './ceph.hdd-without-db';
import { cephNetworkBandwidth } from './ceph.network-bandwidth';
import { cephNetworkBelow10g } from './ceph.network-below-10g';
import { cephPublicClusterSameLink } from './ceph.public-cluster-same-link';
import { cephMemory } from './ceph.memory';
import { cephCpu } from './ceph.cpu';
import { cephMinSizeOne } from './ceph.min-size-one';
import { cephPoolSize } from './ceph.pool-size';
import { cephIopsBudget } from './ceph.iops-budget';
import { serverNoDataDisk } from './server.no-data-disk';
import { serverOsDiskSmall } from './server.os-disk-small';
import { serverOsDiskHdd } from './server.os-disk-hdd';
import { textControlCharacter } from './text.control-character';
import type { Rule } from './rule';

export const RULES: readonly Rule[] = [
  portDoubleBooked,
  cableMediaMismatch,
  cableSpeedMismatch,
  cableTooLong,
  cableDacNeedsFec,
  cableCopperOveruse,
  cableCopperHighSpeed,
  mlagPeerLinkMissing,
  mlagPeerLinkSingle,
  mlagPeerLinkSlow,
  mlagUnsupported,
  mlagNoPair,
  lagLimitExceeded,
  lagMembersLimit,
  lagSpeedMixed,
  lagSplitWithoutMlag,
  lagSwitchSideMissing,
  lagSingleCard,
  lagSingleSwitch,
  vlanLimitExceeded,
  vlanNotCarried,
  vlanInvalidId,
  mtuExceedsMax,
  mtuMismatch,
  mlagPeerLinkVlans,
  mlagKeepaliveMissing,
  uplinkNotRedundant,
  uplinkBelow10g,
  firewallNoHaPair,
  firewallHaLinkMissing,
  firewallNoDynamicRouting,
  mgmtNotConnected,
  mgmtOnlyViaBond,
  mgmtSwitchFull,
  mgmtBmcNotConnected,
  mgmtSingleUplink,
  corosyncSingleNic,
  corosyncNoDedicatedLink,
  corosyncNoRedundantLink,
  corosyncSharesStorage,
  corosyncLatency,
  corosyncBondMode,
  corosyncLinkMissing,
  corosyncLinkInconsistent,
  clusterTooFewNodes,
  clusterTooManyNodes,
  hostNameInvalid,
  hostNameDuplicate,
  ipDuplicate,
  ipOutsideSubnet,
  ipReservedAddress,
  networkCidrInvalid,
  hostAddressMissing,
  networkNodeMissing,
  domainLocal,
  migrationOnClusterNetwork,
  cephTooFewNodes,
  cephTooFewMonitors,
  cephTooFewOsds,
  cephRaidController,
  cephUnevenCapacity,
  cephConsumerSsd,
  cephHddWithoutDb,
  cephNetworkBandwidth,
  cephNetworkBelow10g,
  cephPublicClusterSameLink,
  cephMemory,
  cephCpu,
  cephMinSizeOne,
  cephPoolSize,
  cephIopsBudget,
  serverNoDataDisk,
  serverOsDiskSmall,
  serverOsDiskHdd,
  textControlCharacter,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));
