// Picks the screen for the mode in the link: the workspace, present mode or embed mode.
import { useStoryPlayer } from '@/features/stories/story-player';
import { useAtlasIndex } from '@/state/atlas-context';
import { useUrlSync } from '@/state/url-sync';
import { useViewStore } from '@/state/view-store';
import { EmbedLayout } from './embed-layout';
import { PresentLayout } from './present-layout';
import { useEscapeClears } from './use-escape-clears';
import { Workspace } from './workspace';
import './workspace.css';
import './modes.css';

export function Layout() {
  useUrlSync(useAtlasIndex());
  useStoryPlayer();
  useEscapeClears();
  const mode = useViewStore((s) => s.mode);
  if (mode === 'present') return <PresentLayout />;
  if (mode === 'embed') return <EmbedLayout />;
  return <Workspace />;
}
