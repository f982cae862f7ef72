/**
 * The workbook's styles part: every distinct (number format, font, fill, alignment) of the cells
 * becomes one cell format (xf) that cells point at by index. Index 0 is the default: Calibri 11.
 */
import type { CellStyle } from "../template";
import { el, NS, XML_DECLARATION } from "./xml";

/** Excel's built-in number formats this template uses; other formats get ids from 164 on. */
const BUILT_IN_FORMATS: Readonly<Record<string, number>> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
};
const FIRST_CUSTOM_FORMAT = 164;
const DEFAULT_FONT_SIZE = 11;
const DEFAULT_FONT = "Calibri";

/** "#1F3864" → "FF1F3864" (ARGB, opaque). */
function argb(color: string): string {
  const hex = color.replace(/^#/, "").toUpperCase();
  if (!/^[0-9A-F]{6}$/.test(hex)) throw new Error(`Not an RGB colour: ${color}`);
  return `FF${hex}`;
}

class Registry<T> {
  private readonly keys = new Map<string, number>();
  readonly items: T[] = [];
  constructor(first: T) {
    this.add(first);
  }
  add(item: T): number {
    const key = JSON.stringify(item);
    let index = this.keys.get(key);
    if (index === undefined) {
      index = this.items.length;
      this.items.push(item);
      this.keys.set(key, index);
    }
    return index;
  }
}

interface Font {
  bold: boolean;
  italic: boolean;
  size: number;
  color?: string;
}

interface CellXf {
  numFmtId: number;
  fontId: number;
  fillId: number;
  horizontal?: string;
}

export class StyleSheet {
  private readonly customFormats = new Map<string, number>();
  private readonly fonts = new Registry<Font>({
    bold: false,
    italic: false,
    size: DEFAULT_FONT_SIZE,
  });
  // Fills 0 and 1 are reserved by the format (none, gray125).
  private readonly fills = new Registry<string | null>(null);
  private readonly xfs = new Registry<CellXf>({ numFmtId: 0, fontId: 0, fillId: 0 });

  constructor() {
    this.fills.add("gray125");
  }

  /** Cell formats already looked up, by style object and number format (cells share both). */
  private readonly known = new Map<CellStyle | undefined, Map<string | undefined, number>>();

  /** The index of the cell format for this number format and style. */
  index(numberFormat: string | undefined, style: CellStyle | undefined): number {
    let byFormat = this.known.get(style);
    if (!byFormat) this.known.set(style, (byFormat = new Map()));
    let index = byFormat.get(numberFormat);
    if (index === undefined) byFormat.set(numberFormat, (index = this.lookUp(numberFormat, style)));
    return index;
  }

  private lookUp(numberFormat: string | undefined, style: CellStyle | undefined): number {
    const font: Font = {
      bold: style?.bold ?? false,
      italic: style?.italic ?? false,
      size: style?.fontSize ?? DEFAULT_FONT_SIZE,
      color: style?.fontColor === undefined ? undefined : argb(style.fontColor),
    };
    const xf: CellXf = {
      numFmtId: this.formatId(numberFormat),
      fontId: this.fonts.add(font),
      fillId: style?.fill === undefined ? 0 : this.fills.add(argb(style.fill)),
      horizontal: style?.horizontalAlignment?.toLowerCase(),
    };
    return this.xfs.add(xf);
  }

  private formatId(numberFormat: string | undefined): number {
    if (numberFormat === undefined) return 0;
    const builtIn = BUILT_IN_FORMATS[numberFormat];
    if (builtIn !== undefined) return builtIn;
    let id = this.customFormats.get(numberFormat);
    if (id === undefined) {
      id = FIRST_CUSTOM_FORMAT + this.customFormats.size;
      this.customFormats.set(numberFormat, id);
    }
    return id;
  }

  /** xl/styles.xml, its children in CT_Stylesheet's order. */
  toXml(): string {
    const numFmts = Array.from(this.customFormats, ([code, id]) =>
      el("numFmt", { numFmtId: id, formatCode: code })
    );
    const fonts = this.fonts.items.map((font) =>
      el(
        "font",
        {},
        font.bold && el("b"),
        font.italic && el("i"),
        el("sz", { val: font.size }),
        font.color ? el("color", { rgb: font.color }) : el("color", { theme: 1 }),
        el("name", { val: DEFAULT_FONT }),
        el("family", { val: 2 })
      )
    );
    const fills = this.fills.items.map((fill) => {
      if (fill === null) return el("fill", {}, el("patternFill", { patternType: "none" }));
      if (fill === "gray125") return el("fill", {}, el("patternFill", { patternType: "gray125" }));
      return el(
        "fill",
        {},
        el(
          "patternFill",
          { patternType: "solid" },
          el("fgColor", { rgb: fill }),
          el("bgColor", { indexed: 64 })
        )
      );
    });
    const xfs = this.xfs.items.map((xf) =>
      el(
        "xf",
        {
          numFmtId: xf.numFmtId,
          fontId: xf.fontId,
          fillId: xf.fillId,
          borderId: 0,
          xfId: 0,
          applyNumberFormat: xf.numFmtId !== 0 || undefined,
          applyFont: xf.fontId !== 0 || undefined,
          applyFill: xf.fillId !== 0 || undefined,
          applyAlignment: xf.horizontal !== undefined || undefined,
        },
        xf.horizontal !== undefined && el("alignment", { horizontal: xf.horizontal })
      )
    );
    return (
      XML_DECLARATION +
      el(
        "styleSheet",
        { xmlns: NS.main },
        numFmts.length > 0 && el("numFmts", { count: numFmts.length }, ...numFmts),
        el("fonts", { count: fonts.length }, ...fonts),
        el("fills", { count: fills.length }, ...fills),
        el(
          "borders",
          { count: 1 },
          el("border", {}, el("left"), el("right"), el("top"), el("bottom"), el("diagonal"))
        ),
        el(
          "cellStyleXfs",
          { count: 1 },
          el("xf", { numFmtId: 0, fontId: 0, fillId: 0, borderId: 0 })
        ),
        el("cellXfs", { count: xfs.length }, ...xfs),
        el("cellStyles", { count: 1 }, el("cellStyle", { name: "Normal", xfId: 0, builtinId: 0 })),
        el("dxfs", { count: 0 }),
        el("tableStyles", {
          count: 0,
          defaultTableStyle: "TableStyleMedium2",
          defaultPivotStyle: "PivotStyleLight16",
        })
      )
    );
  }
}
