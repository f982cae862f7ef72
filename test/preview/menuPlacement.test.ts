/** Where the context menu opens, worked by hand for a 1366 × 768 window and a 150 × 180 menu. */
import { menuSpot } from "../../src/preview/grid/menuPlacement";

const WINDOW = { width: 1366, height: 768 };
const MENU = { width: 150, height: 180 };

describe("menuSpot: the menu whole inside the window", () => {
  it("opens at the pointer where it fits", () => {
    expect(menuSpot({ x: 300, y: 200 }, MENU, WINDOW)).toEqual({ left: 300, top: 200 });
  });

  it("opens above the pointer near the bottom (the last rows)", () => {
    // 700 + 180 + 4 > 768: above, 700 − 180 = 520
    expect(menuSpot({ x: 300, y: 700 }, MENU, WINDOW)).toEqual({ left: 300, top: 520 });
  });

  it("opens left of the pointer near the right edge", () => {
    // 1300 + 150 + 4 > 1366: left of it, 1300 − 150 = 1150
    expect(menuSpot({ x: 1300, y: 100 }, MENU, WINDOW)).toEqual({ left: 1150, top: 100 });
  });

  it("keeps a menu taller than the room above and below at the window's edge", () => {
    // in a 200 px window neither below (100 + 180) nor above (100 − 180) fits: 200 − 180 − 4 = 16
    expect(menuSpot({ x: 10, y: 100 }, MENU, { width: 1366, height: 200 })).toEqual({
      left: 10,
      top: 16,
    });
  });

  it("fits exactly at the margin", () => {
    // 584 + 180 + 4 = 768: still below
    expect(menuSpot({ x: 0, y: 584 }, MENU, WINDOW).top).toBe(584);
    expect(menuSpot({ x: 0, y: 585 }, MENU, WINDOW).top).toBe(405);
  });
});
