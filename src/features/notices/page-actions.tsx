// The link and mode actions at the top right: Copy link and Present, or "Open full view" when embedded.
import { useShallow } from 'zustand/react/shallow';
import { urlViewOf } from '@/state/url-codec';
import { linkFor, useLinkNotice } from '@/state/url-sync';
import { useViewStore } from '@/state/view-store';
import { useMessages } from '@/ui/i18n';
import { CopyLinkButton } from './copy-link-button';
import { NOTICES_MESSAGES } from './notices-messages';
import { usePresentKeys } from './use-present-keys';
import './notices.css';
import './modes.css';

function OpenFullViewLink() {
  const t = useMessages(NOTICES_MESSAGES);
  const view = useViewStore(useShallow(urlViewOf));
  const version = useLinkNotice((s) => s.datasetVersion);
  return (
    <a
      className="open-full-view"
      href={linkFor({ ...view, mode: 'normal' }, version)}
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
  usePresentKeys();

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
      {presenting && <p className="present-hint">{t.presentHint}</p>}
    </div>
  );
}
