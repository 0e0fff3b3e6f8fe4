/**
 * An RFC 1035 label: a letter first, then letters, digits or hyphens, a letter or digit last,
 * at most 63 characters. Proxmox VE node names and the cluster name must be one.
 */
export const RFC1035_LABEL = /^[A-Za-z]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

export const isRfc1035Label = (name: string): boolean => RFC1035_LABEL.test(name);
