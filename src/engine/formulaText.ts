/** A text as an Excel text constant in a formula: quoted, its quotes doubled ("say ""hi"""). */
export function textConstant(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
