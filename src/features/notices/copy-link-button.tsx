// "Copy link": puts the current address on the clipboard.
import { currentLink } from '@/state/url-sync';
import { CopyButton } from '@/ui/copy-button';
import { useMessages } from '@/ui/i18n';
import { NOTICES_MESSAGES } from './notices-messages';

export function CopyLinkButton() {
  const t = useMessages(NOTICES_MESSAGES);
  return (
    <CopyButton
      text={currentLink}
      labels={{ copy: t.copyLink, copied: t.linkCopied, failed: t.copyFailed }}
    />
  );
}
