/**
 * What the all-or-nothing wrapper relies on in HyperFormula 3.5, pinned: a batch that throws
 * still commits its partial entry to the undo stack (the depth grows by one), a block write that
 * throws half-way leaves the cells it wrote unrecorded, every engine write empties the redo stack;
 * and the stack helpers (engineStacks.ts) and putBack/allOrNothing (allOrNothing.ts) over a real
 * engine: the cells back, the stacks as at the mark, a rebuild when that cannot be trusted.
 */
import { HyperFormula } from "hyperformula";
import {
  allOrNothing,
  cellsBefore,
  putBack,
  type GuardedHost,
} from "../../src/preview/allOrNothing";
import {
  dropSince,
  engineMark,
  forgetOldest,
  redoKept,
  undoDepth,
  undoSince,
} from "../../src/preview/engineStacks";
import type { HostState } from "../../src/preview/history";
import { RefusedOperation } from "../../src/preview/refusal";
import type { SavedWorkbook } from "../../src/preview/savedWorkbook";

const engine = () =>
  HyperFormula.buildFromArray([[1, 2, "=A1+B1"]], { licenseKey: "gpl-v3", undoLimit: 50 });
const at = (col: number, row = 0) => ({ sheet: 0, col, row });
const deep = `=${"(".repeat(3000)}1${")".repeat(3000)}`;

describe("HyperFormula 3.5's stacks, as the wrapper reads them", () => {
  it("commits a throwing batch's partial entry; the cells written before the throw are not in it", () => {
    const hf = engine();
    const mark = engineMark(hf);
    expect(mark).toEqual({ undo: 0, redo: 0 });
    expect(() => hf.batch(() => hf.setCellContents(at(0), [[10, deep]]))).toThrow(RangeError);
    expect(undoDepth(hf)).toBe(1);
    expect(hf.getCellValue(at(0))).toBe(10); // written, and not undone by undoing the entry:
    expect(undoSince(hf, mark)).toBe(true);
    expect(undoDepth(hf)).toBe(0);
    expect(hf.getCellValue(at(0))).toBe(10);
  });

  it("empties the redo stack on any write; dropSince keeps it only when asked", () => {
    const hf = engine();
    hf.setCellContents(at(0), 5);
    hf.undo();
    const mark = engineMark(hf);
    expect(mark).toEqual({ undo: 0, redo: 1 });
    expect(redoKept(hf, mark)).toBe(true);
    hf.setCellContents(at(1), 7);
    expect(redoKept(hf, mark)).toBe(false);
    expect(dropSince(hf, mark, false)).toBe(true);
    expect(undoDepth(hf)).toBe(0);
    expect(hf.isThereSomethingToRedo()).toBe(false);
  });

  it("forgets the oldest steps only", () => {
    const hf = engine();
    for (let i = 0; i < 5; i++) hf.setCellContents(at(0), i + 10);
    forgetOldest(hf, 3);
    expect(undoDepth(hf)).toBe(2);
    hf.undo();
    hf.undo();
    expect(hf.getCellValue(at(0))).toBe(12);
    expect(hf.isThereSomethingToUndo()).toBe(false);
  });
});

describe("putBack and allOrNothing over a real engine", () => {
  const state: HostState = { sheets: [], active: 0, selected: "A1", typed: [] };

  function guarded(hf: HyperFormula) {
    const calls: string[] = [];
    const host: GuardedHost = {
      hf,
      state: () => state,
      setState: (s) => calls.push(s === state ? "setState(before)" : "setState(?)"),
      saved: () => ({ sheets: [{ cells: hf.getSheetSerialized(0) }] }) as unknown as SavedWorkbook,
      rebuild: (saved) => calls.push(`rebuild ${JSON.stringify(saved.sheets[0].cells)}`),
      forgetRedo: () => calls.push("forgetRedo"),
    };
    return { host, calls };
  }

  it("writes the cells back and leaves the stacks as at the mark", () => {
    const hf = engine();
    hf.setCellContents(at(1), 20);
    const mark = engineMark(hf);
    const before = cellsBefore(hf, 0, { top: 0, left: 0, bottom: 0, right: 1 });
    expect(() => hf.batch(() => hf.setCellContents(at(0), [[10, deep]]))).toThrow();
    expect(putBack(hf, mark, [before])).toEqual({ exact: true, redo: true });
    expect(hf.getCellValue(at(2))).toBe(21);
    expect(undoDepth(hf)).toBe(1);
    hf.undo(); // the real change before: B1 back to 2
    expect(hf.getCellValue(at(2))).toBe(3);
  });

  it("an engine that does not take the cells back is not trusted: rebuilt, the history said gone", () => {
    const hf = engine();
    let deaf = false; // from the throw on, the engine ignores writes (as a broken one might)
    const stub = new Proxy(hf, {
      get(target, key) {
        if (key === "setCellContents" && deaf) return () => [];
        const value = Reflect.get(target, key, target) as unknown;
        return typeof value === "function" ? (value as () => unknown).bind(target) : value;
      },
    });
    const { host, calls } = guarded(stub);
    const touches = { cells: [cellsBefore(hf, 0, { top: 0, left: 0, bottom: 0, right: 1 })] };
    let thrown: unknown;
    try {
      allOrNothing(host, touches, () => {
        try {
          stub.batch(() => stub.setCellContents(at(0), [[10, deep]]));
        } finally {
          deaf = true;
        }
      });
    } catch (error) {
      thrown = error;
    }
    expect((thrown as RefusedOperation).reason).toBe("engineRebuilt");
    // (this double's saved() has no sheet ids, so the cells from before are not patched in)
    expect(calls).toEqual(["setState(before)", expect.stringMatching(/^rebuild /)]);
  });

  it("refuses, puts back and says 'engine'; a refusal before any write passes through as it is", () => {
    const hf = engine();
    const { host, calls } = guarded(hf);
    const touches = { cells: [cellsBefore(hf, 0, { top: 0, left: 0, bottom: 0, right: 1 })] };
    let thrown: RefusedOperation | undefined;
    try {
      allOrNothing(host, touches, () => hf.batch(() => hf.setCellContents(at(0), [[9, deep]])));
    } catch (error) {
      thrown = error as RefusedOperation;
    }
    expect(thrown).toBeInstanceOf(RefusedOperation);
    expect(thrown?.reason).toBe("engine");
    expect(calls).toEqual(["setState(before)"]);
    expect(hf.getCellValue(at(0))).toBe(1);
    const early = new RefusedOperation("busy");
    expect(() =>
      allOrNothing(host, touches, () => {
        throw early;
      })
    ).toThrow(early);
    expect(allOrNothing(host, touches, () => 42)).toBe(42);
  });

  it("rebuilds from the workbook given when the operation moved cells about", () => {
    const hf = engine();
    const { host, calls } = guarded(hf);
    const workbook = { sheets: [{ cells: [[1, 2, "=A1+B1"]] }] } as unknown as SavedWorkbook;
    let thrown: unknown;
    try {
      allOrNothing(host, { workbook }, () => {
        hf.addRows(0, [0, 1]);
        throw new Error("Range does not exists in graph");
      });
    } catch (error) {
      thrown = error;
    }
    expect((thrown as RefusedOperation).reason).toBe("engineRebuilt");
    expect((thrown as RefusedOperation).details.cause).toBe("Range does not exists in graph");
    expect(calls).toEqual(['rebuild [[1,2,"=A1+B1"]]']);
  });
});
