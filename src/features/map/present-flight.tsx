// In present mode the map flies to each event the presenter steps to, so the room sees where it happened,
// and leaves the stepping keys to the presenter.
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { useAtlasIndex } from '@/state/atlas-context';
import { useViewStore } from '@/state/view-store';
import { REDUCED_MOTION } from '@/ui/use-media-query';

/** Close enough to tell neighbouring towns apart, far enough to keep the border in frame. */
const PRESENT_ZOOM = 7;

export function PresentFlight() {
  const map = useMap();
  const { eventById, placeById } = useAtlasIndex();
  const presenting = useViewStore((s) => s.mode === 'present');
  const selectedId = useViewStore((s) => s.selectedId);

  useEffect(() => {
    if (!presenting || selectedId === null) return;
    const event = eventById.get(selectedId);
    const place = event ? placeById.get(event.place) : undefined;
    if (!place) return;
    const reduced = window.matchMedia(REDUCED_MOTION).matches;
    map.flyTo([place.lat, place.lon], Math.max(map.getZoom(), PRESENT_ZOOM), {
      animate: !reduced,
      duration: 1.2,
    });
  }, [map, presenting, selectedId, eventById, placeById]);

  // The arrow keys step the talk: a map clicked during it (to open a mark) took them for panning,
  // and the presenter's next → moved the map, not the story. Its buttons and the mouse still pan.
  useEffect(() => {
    if (!presenting) return;
    map.keyboard.disable();
    return () => {
      map.keyboard.enable();
    };
  }, [map, presenting]);

  return null;
}
