/**
 * The pane's view of the active sheet in the preview: the host's changes of sheets, told as the
 * active sheet's name each time it is another one (a switch, an inserted or a deleted sheet).
 */
import type { HyperFormulaHost } from "./hyperformulaHost";

export function watchActiveSheet(host: HyperFormulaHost) {
  return (listener: (sheet: string) => void): void => {
    let last = host.activeSheet.name;
    host.subscribe((change) => {
      if (change.kind !== "sheets") return;
      const now = host.activeSheet.name;
      if (now === last) return;
      last = now;
      listener(now);
    });
  };
}
