/**
 * The native-formula form of every GPU.* function: the same arithmetic in functions that Excel
 * 2016+, LibreOffice 7.4+ and Google Sheets all have (IF, OR, ISTEXT, ISLOGICAL, MIN, SUM,
 * NA; no LET, no LAMBDA), so that a sheet opens anywhere without the add-in.
 *
 * A form is built from its arguments' formula texts. Omitted arguments take the article's values.
 * Guards make every input that the engine rejects an error value (#N/A from NA()), never a wrong
 * number: text or TRUE/FALSE where a number belongs, a negative spend, energy or revenue, a margin
 * of 100% or more (a margin typed as 50), a negative revenue in the range, a required revenue of 0
 * for coverage. An error value in an input passes through, as it does for the GPU.* function. A
 * blank cell counts as 0, as in Excel's own arithmetic (=B8*2).
 *
 * Native errors carry no message: the native template's check cell says in words what is wrong.
 */
import { textConstant } from "../formulaText";
import { ARTICLE_TABLE_HEADERS, sheetFunctions } from "../sheetFunctions";
import { HOURS_PER_YEAR, PAYBACK_HORIZON_YEARS } from "../sources";
import { REFUSALS, type RuleKind } from "./rules";
import { isFunctionId, parametersOf, type FunctionId, type ParameterSignature } from "./signatures";

/** One parameter of a native form: its name as in functions.json and its value when omitted. */
export interface NativeParameter {
  readonly name: string;
  /** The article's value for an omitted argument, written into the formula; absent = required. */
  readonly omitted?: number;
}

/**
 * A native form: its parameters in order and a builder over their formula texts. Each text is an
 * operand (a reference, a number, a call or a parenthesized expression), so it can stand anywhere.
 */
export interface NativeForm {
  readonly parameters: readonly NativeParameter[];
  readonly build: (...args: string[]) => string;
  /** The native form in the help's words, with the parameters' names. */
  readonly summary: string;
}

/** A number written into the formula (an omitted argument's value, a typed constant). */
const NUMBER_LITERAL = /^\d+(\.\d+)?(E[+-]?\d+)?$/i;

/**
 * Conditions that make x invalid. For a number written into the formula they are decided here:
 * none when it is valid, so "ISTEXT(1),ISLOGICAL(1),1<0" never clutters a formula.
 */
function invalid(x: string, checks: ReadonlyArray<[string, (n: number) => boolean]>): string[] {
  if (NUMBER_LITERAL.test(x)) {
    const n = Number(x);
    return checks.some(([, fails]) => fails(n)) ? ["TRUE"] : [];
  }
  return [`ISTEXT(${x})`, `ISLOGICAL(${x})`, ...checks.map(([condition]) => condition)];
}
/** The conditions under which x fails the catalog's rule (./rules.ts), the engine's own test. */
const fails = (kind: RuleKind, x: string): string[] =>
  invalid(
    x,
    REFUSALS[kind].map((refusal): [string, (n: number) => boolean] => [
      refusal.condition(x),
      refusal.fails,
    ])
  );
/** ÷ (1 − cloudMargin), left out when the cloud margin is the default 0 (the article's chain). */
const lessCloudMargin = (cloudMargin: string): string =>
  cloudMargin === "0" ? "" : `/(1-${cloudMargin})`;
/**
 * The yearly capital charge: capex ÷ life at rate 0, else a loan's payment, Excel's −PMT(rate,
 * life, capex), written as capex*rate/(1-(1+rate)^(-life)): (1+rate)^(-life) underflows to 0 where
 * PMT's (1+rate)^life would overflow to an error for a long life at a high rate.
 */
const charge = (rate: string, life: string, capex: string): string => {
  const loan = `${capex}*${rate}/(1-(1+${rate})^(-${life}))`;
  return rate === "0" ? `${capex}/${life}` : `IF(${rate}=0,${capex}/${life},${loan})`;
};

/** Years to pay back capex from a flat profit: capex/profit, #N/A beyond the horizon. */
const flatPayback = (capex: string, profit: string): string =>
  `IF(${capex}>${PAYBACK_HORIZON_YEARS}*${profit},NA(),${capex}/${profit})`;

/**
 * Years to pay back capex from a profit growing by growth a year, as the engine counts them: the
 * year k whose cumulative profit, profit*((1+growth)^k-1)/growth, first covers capex, then the
 * share of year k needed. k is that sum solved for capex, rounded up: no LET needed, since k is a
 * plain expression of the three arguments.
 */
function growingPayback(capex: string, profit: string, growth: string): string {
  const k = `ROUNDUP(LN(1+${capex}*${growth}/${profit})/LN(1+${growth}),0)`;
  const before = `(1+${growth})^(${k}-1)`;
  return (
    `IF(${k}>${PAYBACK_HORIZON_YEARS},NA(),` +
    `${k}-1+(${capex}-${profit}*(${before}-1)/${growth})/(${profit}*${before}))`
  );
}

/**
 * A negative number in a range. MIN reads only the numbers of a range or an array, as the engine
 * does (COUNTIF would also count a text "-5" in some applications), and passes an error value on.
 */
const negativeIn = (range: string): string => `MIN(${range})<0`;
/** The value when no condition holds, #N/A otherwise; an error in a condition is the result. */
const guarded = (conditions: readonly string[], value: string): string =>
  conditions.length === 0 ? value : `IF(OR(${conditions.join(",")}),NA(),${value})`;

/**
 * The guards of a call, from the metadata table: each number argument against its rule, in the
 * parameters' order, then a negative number in each range argument.
 */
function guardsOf(parameters: readonly ParameterSignature[], args: readonly string[]): string[] {
  const numbers = parameters.flatMap((p, i) => (p.rule ? fails(p.rule, args[i]) : []));
  const ranges = parameters.flatMap((p, i) => (p.kind === "range" ? [negativeIn(args[i])] : []));
  return [...numbers, ...ranges];
}

/** A parameter of a native form: the table's name and default. */
const nativeParameter = (p: ParameterSignature): NativeParameter =>
  p.default === undefined ? { name: p.name } : { name: p.name, omitted: p.default };

/** GPU.ARTICLE_TABLE as an array constant: spills where dynamic arrays do (Excel 365, Sheets). */
function articleTableConstant(): string {
  const rows = sheetFunctions.ARTICLE_TABLE();
  const cell = (value: string | number) =>
    typeof value === "number" ? String(value) : textConstant(value);
  return `{${rows.map((row) => row.map(cell).join(",")).join(";")}}`;
}

/** A native form's arithmetic over its arguments' texts; the guards are added from the table. */
interface NativeBody {
  readonly body: (...args: string[]) => string;
  readonly summary: string;
}

/**
 * The functions that have no native form without LET or LAMBDA, and why: their GPU.* formulas are
 * left as they are and listed by "Make this sheet portable".
 */
const NO_NATIVE_FORM = {
  CHARGES_IN_SERVICE:
    "its result is a row or column as long as its input, each year a sum over the vintages in service: that needs LAMBDA (MAKEARRAY) or a helper table, so there is no native form",
} as const;
export const UNTRANSLATABLE: Readonly<Partial<Record<FunctionId, string>>> = NO_NATIVE_FORM;

/** The functions with a native form: every other one (a missing one is a compile error). */
export type NativeId = Exclude<FunctionId, keyof typeof NO_NATIVE_FORM>;

const BODIES: Readonly<Record<NativeId, NativeBody>> = {
  DATACENTER_COST: {
    body: (spend, energy) => `${spend}*(1+${energy})`,
    summary: "spend*(1+energy)",
  },
  REQUIRED_REVENUE: {
    body: (spend, energy, margin, cloudMargin) =>
      `${spend}*(1+${energy})/(1-${margin})${lessCloudMargin(cloudMargin)}`,
    summary: "spend*(1+energy)/(1-margin)/(1-cloudMargin)",
  },
  GAP: { body: (range, required) => `${required}-SUM(${range})`, summary: "required-SUM(range)" },
  COVERAGE: {
    body: (range, required) => `SUM(${range})/${required}`,
    summary: "SUM(range)/required",
  },
  BREAKEVEN_SPEND: {
    body: (revenue, energy, margin) => `${revenue}*(1-${margin})/(1+${energy})`,
    summary: "revenue*(1-margin)/(1+energy)",
  },
  ARTICLE_TABLE: {
    body: articleTableConstant,
    summary: `{${ARTICLE_TABLE_HEADERS.map(textConstant).join(",")};…} (the table as an array constant)`,
  },
  ANNUAL_CHARGE: {
    body: (capex, life, rate) => charge(rate, life, capex),
    summary: "capex*rate/(1-(1+rate)^(-life)), capex/life at rate 0 (Excel's -PMT)",
  },
  ANNUAL_REQUIRED_REVENUE: {
    body: (spend, life, energy, margin, rate, cloudMargin) =>
      `${charge(rate, life, `${spend}*(1+${energy})`)}/(1-${margin})${lessCloudMargin(cloudMargin)}`,
    summary: "annual charge of spend*(1+energy) over life at rate, /(1-margin)/(1-cloudMargin)",
  },
  PAYBACK_YEARS: {
    body: (capex, profit, growth) =>
      `IF(${capex}=0,0,${
        growth === "0"
          ? flatPayback(capex, profit)
          : `IF(${growth}=0,${flatPayback(capex, profit)},${growingPayback(capex, profit, growth)})`
      })`,
    summary: `capex/profit; with a growth, the year it is covered and the share of that year (#N/A beyond ${PAYBACK_HORIZON_YEARS} years)`,
  },
  BREAKEVEN_GPU_HOUR: {
    body: (cost, life, utilization, rate, opex) =>
      `(${charge(rate, life, cost)}+${opex})/(${HOURS_PER_YEAR}*${utilization})`,
    summary: `(annual charge of cost over life at rate+opex)/(${HOURS_PER_YEAR}*utilization)`,
  },
};

function nativeFormOf(id: NativeId): NativeForm {
  const parameters = parametersOf(id);
  const { body, summary } = BODIES[id];
  return {
    parameters: parameters.map(nativeParameter),
    build: (...args) => guarded(guardsOf(parameters, args), body(...args)),
    summary,
  };
}

/** The native forms by function id (GPU.<id>): the table's parameters, guards and defaults. */
export const NATIVE_FORMS = /* @__PURE__ */ Object.fromEntries(
  (Object.keys(BODIES) as NativeId[]).map((id) => [id, nativeFormOf(id)])
) as Readonly<Record<NativeId, NativeForm>>;

/** The native form of GPU.<id>, or undefined for a function that has none. */
export function nativeForm(id: string): NativeForm | undefined {
  return Object.prototype.hasOwnProperty.call(NATIVE_FORMS, id)
    ? NATIVE_FORMS[id as NativeId]
    : undefined;
}

/**
 * GPU.CHARGES_IN_SERVICE has no native form as one formula (its result spills), but each cell of
 * its result has one, given the spend's cells and the cell's position in the row or column:
 * year n's charges are the annual charges of the years within life before it,
 * factor*(1+energy)*SUM of spend_j for n-j < life, where factor is 1/life at rate 0, else
 * rate/(1-(1+rate)^(-life)). Text, TRUE/FALSE and blanks count as no spend, as in the engine.
 * For a sheet that lays the result out cell by cell (the native template).
 */
export const CHARGES_IN_SERVICE_PARAMETERS: readonly NativeParameter[] =
  /* @__PURE__ */ parametersOf("CHARGES_IN_SERVICE").map(nativeParameter);

export function chargesInServiceCell(
  spends: readonly string[],
  year: number,
  life: string,
  energy: string,
  rate: string,
  range: string
): string {
  const factor =
    rate === "0" ? `1/${life}` : `IF(${rate}=0,1/${life},${rate}/(1-(1+${rate})^(-${life})))`;
  const terms = spends
    .slice(0, year)
    .map((cell, j) => `IF(ISNUMBER(${cell}),${cell},0)*(${year - 1 - j}<${life})`);
  return guarded(
    guardsOf(parametersOf("CHARGES_IN_SERVICE"), [range, life, energy, rate]),
    `${factor}*(1+${energy})*(${terms.join("+")})`
  );
}

/** Why GPU.<id> has no native form, or undefined when it has one (or is unknown). */
export function untranslatableReason(id: string): string | undefined {
  return isFunctionId(id) ? UNTRANSLATABLE[id] : undefined;
}
