/** The shared-strings part: each distinct text once, cells point at it by index. */
import { el, NS, textEl, XML_DECLARATION } from "./xml";

export class SharedStrings {
  private readonly indexes = new Map<string, number>();
  private readonly strings: string[] = [];
  private uses = 0;

  index(text: string): number {
    this.uses++;
    let index = this.indexes.get(text);
    if (index === undefined) {
      index = this.strings.length;
      this.strings.push(text);
      this.indexes.set(text, index);
    }
    return index;
  }

  toXml(): string {
    const items = this.strings.map((text) =>
      el(
        "si",
        {},
        textEl("t", { "xml:space": /^\s|\s$|\n/.test(text) ? "preserve" : undefined }, text)
      )
    );
    return (
      XML_DECLARATION +
      el("sst", { xmlns: NS.main, count: this.uses, uniqueCount: items.length }, ...items)
    );
  }
}
