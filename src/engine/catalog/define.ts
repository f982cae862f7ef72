/**
 * A catalog entry from its words and the metadata table: the parameters in the table's order,
 * each with its rule's allowed words and its default said in the description, the result kind
 * and the engine's call. An entry states no name, order, default or limit of its own.
 */
import { sheetFunctions } from "../sheetFunctions";
import { LIMITS } from "./rules";
import {
  SIGNATURES,
  defaultText,
  parametersOf,
  type FunctionId,
  type ParameterSignature,
} from "./signatures";
import type {
  FunctionSpec,
  FunctionTexts,
  Localized,
  ParameterSpec,
  ParameterTexts,
} from "./types";

/** "… 0 or more. Default 200, the article's figure." in each language. */
function withDefault(description: Localized, shown: string, note?: Localized): Localized {
  return {
    en: `${description.en} Default ${shown}${note ? `, ${note.en}` : ""}.`,
    "zh-TW": `${description["zh-TW"]}預設 ${shown}${note ? `，${note["zh-TW"]}` : ""}。`,
  };
}

/** The help's "Allowed": the rule's words, then the hint ("a number, 0 or more: type 8% or 0.08"). */
function allowedText(signature: ParameterSignature, texts: ParameterTexts): Localized {
  if (!signature.rule) {
    if (!texts.allowed) throw new Error(`${signature.name} is a range: say what it allows`);
    return texts.allowed;
  }
  const { en, "zh-TW": zh } = LIMITS[signature.rule].allowed;
  const hint = texts.hint;
  return hint
    ? { en: `${en}: ${hint.en}`, "zh-TW": `${zh}：${hint["zh-TW"]}` }
    : { en, "zh-TW": zh };
}

/** One parameter: the table's signature with its words. */
export function describeParameter(
  signature: ParameterSignature,
  texts: ParameterTexts
): ParameterSpec {
  const shown = defaultText(signature);
  return {
    ...signature,
    optional: shown !== undefined,
    label: texts.label,
    description:
      shown === undefined
        ? texts.description
        : withDefault(texts.description, shown, texts.defaultNote),
    allowed: allowedText(signature, texts),
    ...(shown === undefined ? {} : { defaultText: shown }),
  };
}

/** The catalog entry of GPU.<id>. */
export function defineFunction<Id extends FunctionId>(
  id: Id,
  texts: FunctionTexts<Id>
): FunctionSpec {
  const { parameters, ...words } = texts;
  const byName = parameters as Readonly<Record<string, ParameterTexts>>;
  return {
    ...words,
    id,
    result: SIGNATURES[id].result,
    parameters: parametersOf(id).map((p) => describeParameter(p, byName[p.name])),
    compute: sheetFunctions[id],
  };
}
