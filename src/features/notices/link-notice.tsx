// The banner under the header that says what in an opened link could not be used or was redirected, and why.
import { isolateBidi } from '@/data/bidi';
import type { IgnoredParam } from '@/state/url-codec';
import { useLinkNotice } from '@/state/url-sync';
import { MAP_LIMITS } from '@/state/view-store';
import { fill, useMessages } from '@/ui/i18n';
import { NOTICES_MESSAGES } from './notices-messages';

/** How many ignored parts are named before "and N more": a hostile link must not flood the page. */
const MAX_NAMED = 6;
const MAX_SHOWN_CHARS = 40;

// C0 and C1 controls and DEL print as nothing: `v=%00` would read as a blank version.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/g;

/** A control character as its escape, so the reader sees that something is there. */
const escapeControl = (char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

function shown(text: string): string {
  const visible = text.replace(CONTROL, escapeControl);
  // Fenced after cutting: a right-to-left override in a link value must not reverse the reason after it.
  return isolateBidi(
    visible.length > MAX_SHOWN_CHARS ? `${visible.slice(0, MAX_SHOWN_CHARS - 1)}…` : visible,
  );
}

export function LinkNotice() {
  const t = useMessages(NOTICES_MESSAGES);
  const {
    ignored,
    linkVersion,
    datasetVersion,
    missingEventId,
    replacedEvent,
    storyVersion,
    dismissed,
    dismiss,
  } = useLinkNotice();
  const storyDiffers =
    storyVersion !== null && datasetVersion !== null && storyVersion !== datasetVersion;
  const versionDiffers =
    linkVersion !== null && datasetVersion !== null && linkVersion !== datasetVersion;
  if (
    dismissed ||
    (!ignored.length &&
      !versionDiffers &&
      !storyDiffers &&
      missingEventId === null &&
      replacedEvent === null)
  )
    return null;

  const describe = (p: IgnoredParam) =>
    `${shown(p.key)}=${shown(p.value)} (${fill(t[`reason_${p.reason}`], MAP_LIMITS)})`;
  const named = ignored.slice(0, MAX_NAMED).map(describe);
  if (ignored.length > MAX_NAMED) named.push(fill(t.andMore, { n: ignored.length - MAX_NAMED }));

  return (
    <div className="link-notice" role="status" aria-label={t.noticeLabel}>
      <div className="link-notice-text">
        {named.length > 0 && (
          <p>
            {t.ignoredIntro} {named.join(', ')}
          </p>
        )}
        {missingEventId !== null && <p>{fill(t.missingEvent, { id: shown(missingEventId) })}</p>}
        {replacedEvent !== null && (
          <p>
            {/* Both ids are the dataset's own (the link's id matched a `replaces` entry): shown whole. */}
            {fill(t.replacedEvent, {
              from: isolateBidi(replacedEvent.from),
              to: isolateBidi(replacedEvent.to),
            })}
          </p>
        )}
        {storyDiffers && (
          <p>
            {fill(t.storyVersionDiffers, { story: shown(storyVersion), current: datasetVersion })}
          </p>
        )}
        {versionDiffers && (
          <p>{fill(t.versionDiffers, { link: shown(linkVersion), current: datasetVersion })}</p>
        )}
      </div>
      <button
        type="button"
        className="link-notice-dismiss"
        aria-label={t.dismiss}
        onClick={dismiss}
      >
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
