import { create } from 'zustand';

/**
 * The cable under the pointer, which shows its media and length. Kept here rather than in each
 * cable, so a cable needs no element of its own around its paths to notice the pointer: React
 * Flow reports entering and leaving its edges (DesignCanvas), and a large design has thousands.
 */
export const useHoveredCable = create<{ id: string | null }>()(() => ({ id: null }));

export const hoverCable = (id: string | null) => useHoveredCable.setState({ id });
