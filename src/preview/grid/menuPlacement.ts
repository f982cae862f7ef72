/**
 * Where a menu opens: at the pointer, as Excel's, but always whole inside the window. Near the
 * right edge it opens to the pointer's left, near the bottom above the pointer; a menu taller or
 * wider than the window starts at its top or left edge. Positions are relative to the menu's
 * positioned container (the workbook view).
 */

export interface MenuSpot {
  readonly left: number;
  readonly top: number;
}

const MARGIN = 4;

/** One axis: the pointer's coordinate, or before it when the menu would run past the end. */
function along(pointer: number, size: number, windowSize: number): number {
  if (pointer + size + MARGIN <= windowSize) return pointer;
  const before = pointer - size;
  if (before >= MARGIN) return before;
  return Math.max(MARGIN, windowSize - size - MARGIN);
}

/** The menu's top-left, in window coordinates, for a menu of this size opened at the pointer. */
export function menuSpot(
  pointer: { x: number; y: number },
  menu: { width: number; height: number },
  window: { width: number; height: number }
): MenuSpot {
  return {
    left: along(pointer.x, menu.width, window.width),
    top: along(pointer.y, menu.height, window.height),
  };
}

/** Shows the menu at the pointer, inside the window, measured once shown. */
export function openMenuAt(menu: HTMLElement, container: HTMLElement, x: number, y: number): void {
  menu.style.left = "0px";
  menu.style.top = "0px";
  menu.hidden = false;
  const size = menu.getBoundingClientRect();
  const view = menu.ownerDocument.documentElement;
  const spot = menuSpot(
    { x, y },
    { width: size.width, height: size.height },
    { width: view.clientWidth, height: view.clientHeight }
  );
  const origin = container.getBoundingClientRect();
  menu.style.left = `${spot.left - origin.left}px`;
  menu.style.top = `${spot.top - origin.top}px`;
}
