/**
 * Functions newer than Excel 2007 are stored in a file with a prefix (_xlfn.IFNA, _xlfn.STDEV.S,
 * _xlfn._xlws.FILTER); without it Excel reads an unknown name and shows #NAME?. A user's formula in
 * the preview may call them: the formula is read by @borgar/fx's tokenizer, so a function name
 * inside a string or a sheet name is never touched, and only the function tokens change.
 */
import { tokenize } from "@borgar/fx";

/** Excel's "future functions" (MS-XLSX 2.2.2) that a formula typed in the preview may use. */
const FUTURE_FUNCTIONS = new Set(
  (
    "ACOT ACOTH AGGREGATE ARABIC BASE BETA.DIST BETA.INV BINOM.DIST BINOM.DIST.RANGE BINOM.INV BITAND " +
    "BITLSHIFT BITOR BITRSHIFT BITXOR CEILING.MATH CEILING.PRECISE CHISQ.DIST CHISQ.DIST.RT CHISQ.INV " +
    "CHISQ.INV.RT CHISQ.TEST COMBINA CONCAT CONFIDENCE.NORM CONFIDENCE.T COT COTH COVARIANCE.P " +
    "COVARIANCE.S CSC CSCH DAYS DECIMAL ERF.PRECISE ERFC.PRECISE EXPON.DIST F.DIST F.DIST.RT F.INV " +
    "F.INV.RT F.TEST FLOOR.MATH FLOOR.PRECISE FORECAST.LINEAR FORMULATEXT GAMMA GAMMA.DIST GAMMA.INV " +
    "GAMMALN.PRECISE GAUSS HYPGEOM.DIST IFNA IFS IMCOSH IMCOT IMCSC IMCSCH IMSEC IMSECH IMSINH IMTAN " +
    "ISFORMULA ISOWEEKNUM LET LOGNORM.DIST LOGNORM.INV MAXIFS MINIFS MODE.MULT MODE.SNGL MUNIT " +
    "NEGBINOM.DIST NETWORKDAYS.INTL NORM.DIST NORM.INV NORM.S.DIST NORM.S.INV NUMBERVALUE PDURATION " +
    "PERCENTILE.EXC PERCENTILE.INC PERCENTRANK.EXC PERCENTRANK.INC PERMUTATIONA PHI POISSON.DIST " +
    "QUARTILE.EXC QUARTILE.INC RANDARRAY RANK.AVG RANK.EQ RRI SEC SECH SEQUENCE SHEET SHEETS SKEW.P " +
    "SORTBY STDEV.P STDEV.S SWITCH T.DIST T.DIST.2T T.DIST.RT T.INV T.INV.2T T.TEST TEXTJOIN UNICHAR " +
    "UNICODE UNIQUE VAR.P VAR.S WEIBULL.DIST WORKDAY.INTL XLOOKUP XMATCH XOR Z.TEST"
  ).split(" ")
);
/** Dynamic-array functions stored with a second prefix. */
const WORKSHEET_FUNCTIONS = new Set(["FILTER", "SORT"]);

/** A quick look for any of those names before a call's bracket; only then is the formula read. */
const MENTIONS_ONE = new RegExp(
  `(${[...FUTURE_FUNCTIONS, ...WORKSHEET_FUNCTIONS].map((name) => name.replace(/\./g, "\\.")).join("|")})\\s*\\(`,
  "i"
);

/** The formula (without "=") as a file stores it: newer functions prefixed, nothing else changed. */
export function withFilePrefixes(formula: string): string {
  if (!MENTIONS_ONE.test(formula)) return formula;
  const tokens = tokenize(formula, {
    mergeRefs: true,
    negativeNumbers: false,
    withLocation: false,
  });
  if (tokens.some((token) => token.type === "unknown" || token.unterminated)) return formula;
  const text = tokens
    .map((token) => {
      const value = String(token.value);
      if (token.type !== "func") return value;
      const name = value.toUpperCase();
      if (FUTURE_FUNCTIONS.has(name)) return `_xlfn.${value}`;
      if (WORKSHEET_FUNCTIONS.has(name)) return `_xlfn._xlws.${value}`;
      return value;
    })
    .join("");
  // The tokens cover the whole formula; if they ever did not, keep the formula as it was.
  return text.replace(/_xlfn\.(_xlws\.)?/g, "") === formula ? text : formula;
}
