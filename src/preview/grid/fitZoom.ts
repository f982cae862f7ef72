/**
 * "Fit width", the preview's default zoom: the sheet's used columns scaled to the view's width,
 * but never below 80% nor above 100%. Below 80% the text gets too small to read (at 50% a
 * 1366 × 768 screen with the pane open drew 7 px text), so a wide sheet scrolls sideways, as
 * Excel's does, and the pane can be narrowed or hidden to show more of it.
 */

export const MIN_FIT_ZOOM = 0.8;
export const MAX_FIT_ZOOM = 1;

/** The zoom that fits `needed` px of columns into `available` px, within 80%–100%, in steps of 1%. */
export function fitZoom(available: number, needed: number): number {
  const zoom =
    available > 0 && needed > 0
      ? Math.min(MAX_FIT_ZOOM, Math.max(MIN_FIT_ZOOM, available / needed))
      : MAX_FIT_ZOOM;
  return Math.round(zoom * 100) / 100;
}
