/**
 * One place for the native forms (src/engine/catalog/native.ts), held to the catalog and the
 * engine: every function has a native form or a stated reason why it has none; a form has the
 * catalog's parameters, in order; the optional ones, and only they, take a value when left out,
 * and that value is the one the catalog tells users ("50%" is 0.5).
 */
import { sheetFunctions } from "../../src/engine";
import { CATALOG } from "../../src/engine/catalog";
import { NATIVE_FORMS, UNTRANSLATABLE, nativeForm } from "../../src/engine/catalog/native";

/** "50%" → 0.5, "200" → 200: a default as the catalog writes it for users. */
const defaultValue = (text: string) =>
  text.endsWith("%") ? Number(text.slice(0, -1)) / 100 : Number(text);

describe("the native forms and the catalog", () => {
  it("give every engine function a native form or a reason why there is none, never both", () => {
    for (const id of Object.keys(sheetFunctions)) {
      const has = [id in NATIVE_FORMS, id in UNTRANSLATABLE];
      expect([id, has.filter(Boolean).length]).toEqual([id, 1]);
    }
    expect(Object.keys({ ...NATIVE_FORMS, ...UNTRANSLATABLE }).sort()).toEqual(
      Object.keys(sheetFunctions).sort()
    );
  });

  it.each(CATALOG.map((spec) => [spec.id, spec] as const))(
    "%s: the catalog's parameters, in order; the article's value for each optional one",
    (id, spec) => {
      const form = nativeForm(id);
      if (form === undefined) return expect(UNTRANSLATABLE[id]).toMatch(/LET|LAMBDA/);
      // The catalog's parameters, in its order, and no others.
      expect(form.parameters.map((p) => p.name)).toEqual(spec.parameters.map((p) => p.name));
      spec.parameters.forEach((parameter, i) => {
        const omitted = form.parameters[i].omitted;
        expect([parameter.name, omitted !== undefined]).toEqual([
          parameter.name,
          parameter.optional,
        ]);
        if (parameter.defaultText !== undefined) {
          expect([parameter.name, omitted]).toEqual([
            parameter.name,
            defaultValue(parameter.defaultText),
          ]);
        }
      });
    }
  );

  it("write each form's summary with its parameters' names", () => {
    for (const [id, form] of Object.entries(NATIVE_FORMS)) {
      const words: string[] = form.summary.match(/[a-zA-Z]+/g) ?? [];
      const named = form.parameters.filter((p) => words.includes(p.name)).length;
      expect([id, named > 0 || form.parameters.length === 0]).toEqual([id, true]);
    }
  });
});
