// Map region.
export function MapPanel() {
  return (
    <>
      <h2>Map</h2>
      <p className="empty">No map yet.</p>
    </>
  );
}
