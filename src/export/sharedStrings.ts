/** The shared-strings part: each distinct text once, cells point at it by index. */
import { el, NS, spacedTextEl, XML_DECLARATION } from "./xml";

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
    // ST_Xstring escapes; xml:space="preserve" where spaces at an end, tabs or line breaks must stay.
    const items = this.strings.map((text) => el("si", {}, spacedTextEl("t", text)));
    return (
      XML_DECLARATION +
      el("sst", { xmlns: NS.main, count: this.uses, uniqueCount: items.length }, ...items)
    );
  }
}
