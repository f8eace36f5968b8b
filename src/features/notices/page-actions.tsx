// The link and mode actions: Copy link and the Present toggle, or "Open full view" when embedded.
import { useShallow } from 'zustand/react/shallow';
import { urlViewOf } from '@/state/url-codec';
import { linkFor, useLinkNotice } from '@/state/url-sync';
import { useViewStore } from '@/state/view-store';
import { useMessages } from '@/ui/i18n';
import { CopyLinkButton } from './copy-link-button';
import { NOTICES_MESSAGES } from './notices-messages';
import './notices.css';

function OpenFullViewLink() {
  const t = useMessages(NOTICES_MESSAGES);
  const view = useViewStore(useShallow(urlViewOf));
  const version = useLinkNotice((s) => s.datasetVersion);
  return (
    <a
      className="open-full-view"
      // The full view is the workspace: `view` only means something inside a frame.
      href={linkFor({ ...view, mode: 'normal', embedView: null }, version)}
      target="_blank"
      rel="noopener noreferrer"
    >
      {t.openFullView}
    </a>
  );
}

export function PageActions() {
  const t = useMessages(NOTICES_MESSAGES);
  const mode = useViewStore((s) => s.mode);
  const setMode = useViewStore((s) => s.setMode);

  if (mode === 'embed')
    return (
      <div className="page-actions">
        <OpenFullViewLink />
      </div>
    );
  const presenting = mode === 'present';
  return (
    <div className="page-actions" role="group" aria-label={t.actionsLabel}>
      <CopyLinkButton />
      <button
        type="button"
        aria-pressed={presenting}
        className="present-toggle"
        onClick={() => setMode(presenting ? 'normal' : 'present')}
      >
        {t.present}
      </button>
    </div>
  );
}
