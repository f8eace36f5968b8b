// Draws a standalone SVG image on a canvas and hands it back as a PNG.
import type { ChartImage } from './chart-image';

/** Draws the SVG on a canvas at `scale` (2: sharp on high-density screens and in slides). */
export async function pngFromSvg(image: ChartImage, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([image.markup], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('The chart SVG could not be drawn.'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(image.width * scale);
    canvas.height = Math.round(image.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No canvas to draw the chart on.');
    context.scale(scale, scale);
    context.drawImage(img, 0, 0, image.width, image.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made.'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
