/** "Fit width" between 80% and 100%, worked by hand. */
import { fitZoom } from "../../src/preview/grid/fitZoom";

describe("fitZoom", () => {
  it.each([
    [1000, 1000, 1], // fits exactly
    [1200, 1000, 1], // room to spare: never above 100%
    [900, 1000, 0.9],
    [850, 1000, 0.85],
    [500, 1000, 0.8], // the 1366 × 768 case that drew 50%: 80%, the sheet scrolls sideways
    [0, 1000, 1], // no view yet
    [1000, 0, 1], // nothing used
    [877, 1000, 0.88], // in steps of 1%
  ])("%p px for %p px of columns: %p", (available, needed, zoom) => {
    expect(fitZoom(available, needed)).toBe(zoom);
  });
});
