/** View commands (zoom-in, zoom-out, fit-view) from menus and shortcuts to the live canvas. */
export const canvasCommands = new EventTarget();
