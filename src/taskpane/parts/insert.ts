/**
 * "Insert the template": the figures (preset), what else to add, and the button that asks the
 * host to write the plan into a new sheet. Each choice is one control and one line in
 * templateOptions(), so a new choice is a few lines here.
 */
import { PRESETS, PRESET_IDS, type PresetId } from "../../engine";
import {
  TEMPLATE_FORMULAS,
  buildTemplatePlan,
  type TemplateFormulas,
  type TemplateOptions,
  type TemplatePlan,
} from "../../template";
import { sheetTitle } from "../../template/sheetTitle";
import type { PaneHost } from "../host";
import type { PaneContext, Words } from "./context";
import { aboutSheet, type Failure, type RunAction } from "./status";

export const INSERT_FAILURE: Failure = {
  failed: (t) => t.errors.insertFailed,
  whenProtected: (t) => t.errors.protectedWorkbook,
  reportsCleanup: true,
};

export interface InsertPart {
  readonly node: HTMLElement;
  /** The figures chosen now. */
  readonly preset: () => PresetId;
  /** Inserts the sheet with the choices as they stand (what the Insert sheet button does). */
  readonly insert: () => void;
}

function checkbox(context: PaneContext, id: string, words: Words) {
  const input = context.element("input", { id, className: "pane-checkbox" });
  input.type = "checkbox";
  input.checked = true;
  const row = context.element(
    "div",
    { className: "pane-check" },
    input,
    context.label(input, words, "")
  );
  return { input, row };
}

/** The template's plan under a name that says what the sheet is ("GPU Payback 2024 (native)"). */
function namedPlan(options: TemplateOptions): TemplatePlan {
  const plan = buildTemplatePlan(options);
  const name = sheetTitle(plan.sheetName, plan.preset, options.formulas, plan.language);
  return { ...plan, sheetName: name };
}

/** "Formulas": GPU functions (needs the add-in) or native Excel formulas (opens anywhere). */
function formulasChoice(context: PaneContext) {
  const radios = TEMPLATE_FORMULAS.map((formulas) => {
    const input = context.element("input", {
      id: `formulas-${formulas}`,
      className: "pane-checkbox",
    });
    input.type = "radio";
    input.name = "template-formulas";
    input.value = formulas;
    input.checked = formulas === "gpu";
    const row = context.element(
      "div",
      { className: "pane-check" },
      input,
      context.label(input, (t) => t.formulasOption[formulas], "")
    );
    return { input, row, formulas };
  });
  const node = context.element(
    "fieldset",
    { id: "template-formulas", className: "pane-options" },
    context.say("legend", { className: "pane-label" }, (t) => t.formulasLegend),
    ...radios.map((radio) => radio.row)
  );
  const chosen = (): TemplateFormulas =>
    radios.find((radio) => radio.input.checked)?.formulas ?? "gpu";
  return { node, chosen };
}

/**
 * A select over fixed choices, each option's text following the language; current() is the
 * choice made (the first at the start). Every change refreshes the pane's texts.
 */
export function choice<T extends string>(
  context: PaneContext,
  id: string,
  values: readonly T[],
  words: (value: T) => Words
): { select: HTMLSelectElement; current: () => T } {
  let current = values[0];
  const select = context.element("select", { id, className: "pane-select" });
  for (const value of values) {
    const option = context.say("option", {}, words(value));
    option.value = value;
    select.append(option);
  }
  select.addEventListener("change", () => {
    current = values.find((value) => value === select.value) ?? current;
    context.refresh();
  });
  return { select, current: () => current };
}

export function insertPart(context: PaneContext, host: PaneHost, run: RunAction): InsertPart {
  const { select: presetSelect, current: preset } = choice(
    context,
    "preset-select",
    PRESET_IDS,
    (id) => (t) => t.presets[id]
  );
  const presetHint = context.say(
    "p",
    { id: "preset-inputs", className: "pane-hint pane-field-hint" },
    (t) => {
      const { spend, energy, margin } = PRESETS[preset()].inputs;
      return t.presetInputs(spend, energy, Math.round(margin * 100));
    }
  );
  presetSelect.setAttribute("aria-describedby", presetHint.id);

  const grid = checkbox(context, "include-grid", (t) => t.gridOption);
  const chart = checkbox(context, "include-chart", (t) => t.chartOption);

  const formulas = formulasChoice(context);

  /** The plan's options: one line per control (a new choice is a control and a line here). */
  const templateOptions = () => ({
    preset: preset(),
    formulas: formulas.chosen(),
    language: context.language,
    includeGrid: grid.input.checked,
    includeChart: chart.input.checked,
  });

  const insert = () =>
    void run(
      INSERT_FAILURE,
      (t) => t.inserting,
      async () => {
        const sheet = await host.insertTemplate(namedPlan(templateOptions()));
        return aboutSheet(sheet, (t) => t.inserted(sheet));
      }
    );
  const insertButton = context.button(
    { id: "insert-template", className: "pane-button pane-button-primary" },
    (t) => t.insertButton,
    insert
  );

  const node = context.section(
    "insert",
    (t) => t.insertHeading,
    context.say("p", { className: "pane-hint" }, (t) => t.insertIntro),
    context.element(
      "div",
      { className: "pane-field" },
      context.label(presetSelect, (t) => t.presetLabel),
      presetSelect,
      presetHint
    ),
    context.element(
      "fieldset",
      { className: "pane-options" },
      context.say("legend", { className: "pane-label" }, (t) => t.includeLegend),
      grid.row,
      chart.row
    ),
    formulas.node,
    insertButton
  );
  return { node, preset, insert };
}
