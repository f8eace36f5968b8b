// Waits until the drawing regions have taken a filter change: they do after the next frame (AtlasProvider).
import { act } from '@testing-library/react';

export async function viewsDrawn(): Promise<void> {
  // A frame, the message posted from it, then the transition's render: well within 50 ms in jsdom.
  await act(() => new Promise<void>((resolve) => setTimeout(resolve, 50)));
}
