/**
 * A folder or file icon for the file pickers, drawn as SVG: emoji need an emoji font, which many
 * Linux desktops lack, and then show as empty boxes.
 */
export function EntryIcon({ kind }: { kind: 'folder' | 'file' }) {
  return (
    <svg className="cw-entry-icon" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
      {kind === 'folder' ? (
        <path
          d="M1 3.5h4l1.2 1.3H13v6.7H1z"
          fill="currentColor"
          fillOpacity="0.25"
          stroke="currentColor"
        />
      ) : (
        <path d="M3 1h5.5L11 3.5V13H3z M8.5 1v2.5H11" fill="none" stroke="currentColor" />
      )}
    </svg>
  );
}
